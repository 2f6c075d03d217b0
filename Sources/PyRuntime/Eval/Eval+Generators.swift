// The work of the generator and coroutine opcodes (SEND, GET_AWAITABLE, GET_YIELD_FROM_ITER,
// GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR), after ceval.c of 3.11. The eval
// loop keeps only the stack handling; suspension and resumption are in Types/Generator/.

extension Runtime {
    /// The exception being handled as sys.exc_info() sees it (_PyErr_GetTopmostException):
    /// inside a generator that handles nothing, the one of the code that resumed it.
    var topmostHandledException: Value {
        if !handledException.isNone { return handledException }
        var running = runningGenerator
        while let g = running {
            if !g.resumerHandled.isNone && !g.resumerHandled.isNull { return g.resumerHandled }
            running = g.previousRunning
        }
        return handledException
    }

    /// PyIter_Send: one step of a `yield from`/`await` delegation. `.returned` carries the
    /// delegate's return value (its StopIteration's value).
    func sendStep(_ receiver: Value, _ value: Value) throws -> GeneratorResult {
        if case .object(let o) = receiver {
            if let g = o as? PyGenerator, g.kind != .asyncGenerator {
                return try resumeGenerator(g, sending: value)
            }
            if let a = o as? PyAsyncGenAwaitable { return try asyncGenAwaitableSend(a, value) }
            if let w = o as? PyCoroutineWrapper { return try resumeGenerator(w.coroutine, sending: value) }
        }
        if value.isNone {
            if isBuiltinIterator(receiver) {
                if let v = try next(receiver) { return .yielded(v) }
                return .returned(.none)
            }
            if let method = typeOf(receiver).lookup(staticName("__next__")) {
                do {
                    return .yielded(try callMethodValue(method, receiver, []))
                } catch let e as PyException where e.exception.type.isSubtype(of: types.stopIteration) {
                    return .returned(stopIterationValue(e.exception))
                }
            }
        }
        do {
            return .yielded(try callMethodValue(try getAttribute(receiver, staticName("send")), receiver, [value]))
        } catch let e as PyException where e.exception.type.isSubtype(of: types.stopIteration) {
            return .returned(stopIterationValue(e.exception))
        }
    }

    /// Whether `v` is a coroutine or a generator made awaitable (CO_ITERABLE_COROUTINE).
    func isCoroutineLike(_ v: Value) -> Bool {
        guard case .object(let o) = v, let g = o as? PyGenerator else { return false }
        return g.kind == .coroutine || (g.kind == .generator && g.code.code.flags.contains(.iterableCoroutine))
    }

    /// GET_YIELD_FROM_ITER.
    func yieldFromIterator(_ v: Value, _ code: PyCodeObject) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine {
                if !code.code.flags.contains(.coroutine) && !code.code.flags.contains(.iterableCoroutine) {
                    throw error(types.typeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
                }
                return v
            }
            if g.kind == .generator { return v }
        }
        return try getIter(v)
    }

    /// _PyCoro_GetAwaitableIter: the iterator an `await` drives; nil when `v` has no __await__.
    func awaitableIterator(_ v: Value) throws -> Value? {
        if isCoroutineLike(v) { return v }
        if case .object(let o) = v, o is PyAsyncGenAwaitable || o is PyAnextAwaitable { return v }
        guard let method = typeOf(v).lookup(staticName("__await__")) else { return nil }
        let iterator = try callMethodValue(method, v, [])
        if isCoroutineLike(iterator) {
            throw error(types.typeError, "__await__() returned a coroutine")
        }
        if !isBuiltinIterator(iterator) && !(iterator.object is PyGenerator) && !(iterator.object is PyCoroutineWrapper)
            && typeOf(iterator).lookup(staticName("__next__")) == nil {
            throw error(types.typeError, "__await__() returned non-iterator of type '\(typeName(iterator))'")
        }
        return iterator
    }

    /// GET_AWAITABLE: `where` is 1 after __aenter__, 2 after __aexit__ (for the message).
    func awaitable(_ v: Value, where site: Int) throws -> Value {
        guard let iterator = try awaitableIterator(v) else {
            switch site {
            case 1:
                throw error(types.typeError, "'async with' received an object from __aenter__ that does not implement __await__: \(typeName(v))")
            case 2:
                throw error(types.typeError, "'async with' received an object from __aexit__ that does not implement __await__: \(typeName(v))")
            default:
                throw error(types.typeError, "object \(typeName(v)) can't be used in 'await' expression")
            }
        }
        if case .object(let o) = iterator, let g = o as? PyGenerator, g.kind == .coroutine, yieldFromTarget(g) != nil {
            throw error(types.runtimeError, "coroutine is being awaited already")
        }
        return iterator
    }

    /// GET_AITER.
    func asyncIterator(_ v: Value) throws -> Value {
        guard let method = typeOf(v).lookup(staticName("__aiter__")) else {
            throw error(types.typeError, "'async for' requires an object with __aiter__ method, got \(typeName(v))")
        }
        let iterator = try callMethodValue(method, v, [])
        if typeOf(iterator).lookup(staticName("__anext__")) == nil {
            throw error(types.typeError, "'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(iterator))")
        }
        return iterator
    }

    /// GET_ANEXT: the awaitable for the next step of an `async for`.
    func asyncNext(_ iterator: Value) throws -> Value {
        if case .object(let o) = iterator, let g = o as? PyGenerator, g.kind == .asyncGenerator {
            return .object(PyAsyncGenAwaitable(type: generatorSupport.asyncGenAsend, generator: g, operation: .send(.none)))
        }
        guard let method = typeOf(iterator).lookup(staticName("__anext__")) else {
            throw error(types.typeError, "'async for' requires an iterator with __anext__ method, got \(typeName(iterator))")
        }
        let next = try callMethodValue(method, iterator, [])
        do {
            if let awaitable = try awaitableIterator(next) { return awaitable }
        } catch let e as PyException {
            let replacement = error(types.typeError, "'async for' received an invalid object from __anext__: \(typeName(next))")
            replacement.exception.cause = .object(e.exception)
            replacement.exception.context = .object(e.exception)
            replacement.exception.suppressContext = true
            throw replacement
        }
        throw error(types.typeError, "'async for' received an invalid object from __anext__: \(typeName(next))")
    }

    /// BEFORE_ASYNC_WITH: the bound __aexit__ and the result of calling __aenter__.
    func beforeAsyncWith(_ manager: Value) throws -> (Value, Value) {
        let managerType = typeOf(manager)
        guard let enter = managerType.lookup(staticName("__aenter__")) else {
            throw error(types.typeError, "'\(managerType.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = managerType.lookup(staticName("__aexit__")) else {
            throw error(types.typeError, "'\(managerType.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bindDescriptor(exit, manager)
        return (boundExit, try callMethodValue(enter, manager, []))
    }

    /// END_ASYNC_FOR: whether the exception ends the loop (StopAsyncIteration).
    func endsAsyncFor(_ exc: Value) -> Bool {
        typeOf(exc).isSubtype(of: generatorSupport.stopAsyncIteration(self))
    }

    /// ASYNC_GEN_WRAP.
    func wrapAsyncGenValue(_ v: Value) -> Value {
        .object(PyAsyncGenWrappedValue(type: generatorSupport.asyncGenWrappedValue, v))
    }
}
