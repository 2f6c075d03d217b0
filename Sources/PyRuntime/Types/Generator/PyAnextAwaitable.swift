// The builtins aiter() and anext(), and anext(it, default)'s awaitable (anext_awaitable in
// CPython's iterobject.c): it drives the awaitable of `it.__anext__()` and turns its
// StopAsyncIteration into StopIteration(default), the awaited value.

final class PyAnextAwaitable: PyObject {
    let wrapped: Value
    let defaultValue: Value
    /// The iterator of the wrapped awaitable, made on first use.
    var iterator: Value? = nil
    init(type: PyType, wrapped: Value, defaultValue: Value) {
        self.wrapped = wrapped
        self.defaultValue = defaultValue
        super.init(type: type)
    }
}

extension Runtime {
    private func anextIterator(_ a: PyAnextAwaitable) throws -> Value {
        if let it = a.iterator { return it }
        guard let it = try awaitableIterator(a.wrapped) else {
            throw error(types.typeError, "'\(typeName(a.wrapped))' object is not awaitable")
        }
        a.iterator = it
        return it
    }

    /// One step of anext_awaitable: StopAsyncIteration from the iterator means "default".
    private func anextStep(_ a: PyAnextAwaitable, _ step: (Value) throws -> GeneratorResult) throws -> Value {
        let it = try anextIterator(a)
        do {
            switch try step(it) {
            case .yielded(let v): return v
            case .returned(let v): throw stopIteration(v)
            }
        } catch let e as PyException where e.exception.type.isSubtype(of: generatorSupport.stopAsyncIteration(self)) {
            throw stopIteration(a.defaultValue)
        }
    }

    func installAsyncIterationBuiltins(_ support: GeneratorSupport) {
        defineBuiltin("aiter") { rt, args, kwargs in
            try rt.expectArgs("aiter", args, kwargs, min: 1, max: 1)
            guard let method = rt.typeOf(args[0]).lookup(rt.staticName("__aiter__")) else {
                throw rt.error(rt.types.typeError, "'\(rt.typeName(args[0]))' object is not an async iterable")
            }
            let it = try rt.callMethodValue(method, args[0], [])
            if rt.typeOf(it).lookup(rt.staticName("__anext__")) == nil {
                throw rt.error(rt.types.typeError, "aiter() returned not an async iterator of type '\(rt.typeName(it))'")
            }
            return it
        }
        defineBuiltin("anext") { rt, args, kwargs in
            try rt.expectArgs("anext", args, kwargs, min: 1, max: 2)
            guard let method = rt.typeOf(args[0]).lookup(rt.staticName("__anext__")) else {
                throw rt.error(rt.types.typeError, "'\(rt.typeName(args[0]))' object is not an async iterator")
            }
            let awaitable = try rt.callMethodValue(method, args[0], [])
            if args.count == 1 { return awaitable }
            return .object(PyAnextAwaitable(type: rt.generatorSupport.anextAwaitable, wrapped: awaitable, defaultValue: args[1]))
        }
        let type = support.anextAwaitable
        func receiver(_ rt: Runtime, _ v: Value) throws -> PyAnextAwaitable {
            guard case .object(let o) = v, let a = o as? PyAnextAwaitable else {
                throw rt.error(rt.types.typeError, "expected an anext_awaitable object")
            }
            return a
        }
        for name in ["__await__", "__iter__"] {
            defineMethod(type, name) { rt, args, kwargs in
                try rt.checkMethodArity("anext_awaitable", name, .slotNoArgs, args.count - 1, kwargs)
                return args[0]
            }
        }
        defineMethod(type, "__next__") { rt, args, kwargs in
            try rt.checkMethodArity("anext_awaitable", "__next__", .slotNoArgs, args.count - 1, kwargs)
            return try rt.anextStep(try receiver(rt, args[0])) { try rt.sendStep($0, .none) }
        }
        defineMethod(type, "send") { rt, args, kwargs in
            try rt.checkMethodArity("anext_awaitable", "send", .one, args.count - 1, kwargs)
            return try rt.anextStep(try receiver(rt, args[0])) { try rt.sendStep($0, args[1]) }
        }
        defineMethod(type, "throw") { rt, args, kwargs in
            let a = try receiver(rt, args[0])
            let (typ, val, tb) = try rt.throwArguments("anext_awaitable", args.dropFirst(), kwargs)
            return try rt.anextStep(a) { it in
                if case .object(let o) = it, let g = o as? PyGenerator { return try rt.generatorThrow(g, typ, val, tb) }
                if case .object(let o) = it, let aw = o as? PyAsyncGenAwaitable { return try rt.asyncGenAwaitableThrow(aw, typ, val, tb) }
                var callArgs = [typ]
                if !val.isNull { callArgs.append(val) }
                if !tb.isNull { callArgs.append(tb) }
                do {
                    return .yielded(try rt.call(try rt.getAttribute(it, rt.staticName("throw")), callArgs))
                } catch let e as PyException where e.exception.type.isSubtype(of: rt.types.stopIteration) {
                    return .returned(rt.stopIterationValue(e.exception))
                }
            }
        }
        defineMethod(type, "close") { rt, args, kwargs in
            try rt.checkMethodArity("anext_awaitable", "close", .noArgs, args.count - 1, kwargs)
            let a = try receiver(rt, args[0])
            try rt.closeIterator(try rt.anextIterator(a))
            return .none
        }
    }
}
