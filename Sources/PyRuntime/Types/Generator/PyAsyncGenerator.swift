// Async generators: __anext__/asend/athrow/aclose return awaitables that drive the
// generator (genobject.c's async_gen_asend_* and async_gen_athrow_*). A value the
// generator yields arrives wrapped (ASYNC_GEN_WRAP) and leaves the awaitable as its
// StopIteration value; anything else is passed up to whoever drives the `await`.

extension Runtime {
    /// async_gen_unwrap_value around one step of the generator.
    private func unwrapAsyncGen(_ g: PyGenerator, _ step: () throws -> GeneratorResult) throws -> GeneratorResult {
        let stopAsync = generatorSupport.stopAsyncIteration(self)
        do {
            switch try step() {
            case .yielded(let v):
                if case .object(let o) = v, let wrapped = o as? PyAsyncGenWrappedValue {
                    g.runningAsync = false
                    return .returned(wrapped.value)
                }
                return .yielded(v)
            case .returned:
                // The generator finished: StopAsyncIteration (gen_send_ex).
                g.closed = true
                g.runningAsync = false
                throw error(stopAsync, args: [])
            }
        } catch let e as PyException {
            if e.exception.type.isSubtype(of: stopAsync) || e.exception.type.isSubtype(of: types.generatorExit) {
                g.closed = true
            }
            g.runningAsync = false
            throw e
        }
    }

    /// send() of an asend or athrow awaitable.
    func asyncGenAwaitableSend(_ a: PyAsyncGenAwaitable, _ value: Value) throws -> GeneratorResult {
        switch a.operation {
        case .send(let initial): return try asendSend(a, initial, value)
        case .throwing(let args): return try athrowSend(a, args, value)
        }
    }

    private func asendSend(_ a: PyAsyncGenAwaitable, _ initial: Value, _ value: Value) throws -> GeneratorResult {
        let g = a.generator
        if a.state == .closed {
            throw error(types.runtimeError, "cannot reuse already awaited __anext__()/asend()")
        }
        var sent = value
        if a.state == .initial {
            if g.runningAsync {
                throw error(types.runtimeError, "anext(): asynchronous generator is already running")
            }
            if value.isNone { sent = initial }
            a.state = .iterating
        }
        g.runningAsync = true
        do {
            let result = try unwrapAsyncGen(g) { try resumeGenerator(g, sending: sent) }
            if case .returned = result { a.state = .closed }
            return result
        } catch {
            a.state = .closed
            throw error
        }
    }

    private func athrowSend(_ a: PyAsyncGenAwaitable, _ args: [Value]?, _ value: Value) throws -> GeneratorResult {
        let g = a.generator
        let stopAsync = generatorSupport.stopAsyncIteration(self)
        if a.state == .closed {
            throw error(types.runtimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        if g.state == .completed {
            a.state = .closed
            return .returned(.none)
        }
        /// check_error: the awaitable is done; aclose() turns the generator's end into StopIteration.
        func finish(_ e: PyException) throws -> GeneratorResult {
            g.runningAsync = false
            a.state = .closed
            if args == nil, e.exception.type.isSubtype(of: stopAsync) || e.exception.type.isSubtype(of: types.generatorExit) {
                return .returned(.none)
            }
            throw e
        }
        func ignoredExit() -> PyException {
            g.runningAsync = false
            a.state = .closed
            return error(types.runtimeError, "async generator ignored GeneratorExit")
        }
        if a.state == .initial {
            if g.runningAsync {
                a.state = .closed
                throw error(types.runtimeError, args == nil ? "aclose(): asynchronous generator is already running"
                                                            : "athrow(): asynchronous generator is already running")
            }
            if g.closed {
                a.state = .closed
                throw error(stopAsync, args: [])
            }
            if !value.isNone {
                throw error(types.runtimeError, "can't send non-None value to a just-started coroutine")
            }
            a.state = .iterating
            g.runningAsync = true
            if let args {
                guard (1...3).contains(args.count) else {
                    throw error(types.typeError, args.isEmpty ? "athrow expected at least 1 argument, got 0"
                                                              : "athrow expected at most 3 arguments, got \(args.count)")
                }
                do {
                    let result = try unwrapAsyncGen(g) {
                        try generatorThrow(g, args[0], args.count > 1 ? args[1] : .null, args.count > 2 ? args[2] : .null,
                                           closeOnGeneratorExit: false)
                    }
                    if case .returned = result { g.runningAsync = false; a.state = .closed }
                    return result
                } catch let e as PyException { return try finish(e) }
            }
            // aclose(): GeneratorExit at the suspension point.
            g.closed = true
            let result: GeneratorResult
            do {
                result = try generatorThrow(g, .object(types.generatorExit), .null, .null, closeOnGeneratorExit: false)
            } catch let e as PyException { return try finish(e) }
            switch result {
            case .yielded(let v):
                if v.object is PyAsyncGenWrappedValue { throw ignoredExit() }
                return result
            case .returned:
                return try finish(error(stopAsync, args: []))
            }
        }
        // Iterating: the generator is awaiting something inside its except/finally.
        if args != nil {
            do {
                let result = try unwrapAsyncGen(g) { try resumeGenerator(g, sending: value) }
                if case .returned = result { a.state = .closed }
                return result
            } catch {
                a.state = .closed
                throw error
            }
        }
        let result: GeneratorResult
        do {
            result = try resumeGenerator(g, sending: value)
        } catch let e as PyException { return try finish(e) }
        switch result {
        case .yielded(let v):
            if v.object is PyAsyncGenWrappedValue { throw ignoredExit() }
            return .yielded(v)
        case .returned:
            return try finish(error(stopAsync, args: []))
        }
    }

    /// throw() of an asend or athrow awaitable.
    func asyncGenAwaitableThrow(_ a: PyAsyncGenAwaitable, _ typ: Value, _ val: Value, _ tb: Value) throws -> GeneratorResult {
        let g = a.generator
        let stopAsync = generatorSupport.stopAsyncIteration(self)
        if a.state == .closed {
            if case .send = a.operation {
                throw error(types.runtimeError, "cannot reuse already awaited __anext__()/asend()")
            }
            throw error(types.runtimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        switch a.operation {
        case .send, .throwing(.some):
            do {
                let result = try unwrapAsyncGen(g) { try generatorThrow(g, typ, val, tb) }
                if case .returned = result { a.state = .closed }
                return result
            } catch {
                if case .send = a.operation { a.state = .closed }
                throw error
            }
        case .throwing(.none):
            let result: GeneratorResult
            do {
                result = try generatorThrow(g, typ, val, tb)
            } catch let e as PyException where e.exception.type.isSubtype(of: stopAsync)
                        || e.exception.type.isSubtype(of: types.generatorExit) {
                return .returned(.none)
            }
            switch result {
            case .yielded(let v):
                if v.object is PyAsyncGenWrappedValue {
                    g.runningAsync = false
                    a.state = .closed
                    throw error(types.runtimeError, "async generator ignored GeneratorExit")
                }
                return .yielded(v)
            case .returned:
                return .returned(.none)
            }
        }
    }

    func installAsyncGeneratorMethods(_ support: GeneratorSupport) {
        let type = support.asyncGenerator
        defineMethod(type, "__aiter__") { rt, args, kwargs in
            try rt.checkMethodArity("async_generator", "__aiter__", .slotNoArgs, args.count - 1, kwargs)
            return args[0]
        }
        defineMethod(type, "__anext__") { rt, args, kwargs in
            try rt.checkMethodArity("async_generator", "__anext__", .slotNoArgs, args.count - 1, kwargs)
            let g = try rt.generatorReceiver(args[0])
            return .object(PyAsyncGenAwaitable(type: rt.generatorSupport.asyncGenAsend, generator: g, operation: .send(.none)))
        }
        defineMethod(type, "asend") { rt, args, kwargs in
            try rt.checkMethodArity("async_generator", "asend", .one, args.count - 1, kwargs)
            let g = try rt.generatorReceiver(args[0])
            return .object(PyAsyncGenAwaitable(type: rt.generatorSupport.asyncGenAsend, generator: g, operation: .send(args[1])))
        }
        defineMethod(type, "athrow") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "async_generator.athrow() takes no keyword arguments") }
            let g = try rt.generatorReceiver(args[0])
            return .object(PyAsyncGenAwaitable(type: rt.generatorSupport.asyncGenAthrow, generator: g,
                                               operation: .throwing(Array(args.dropFirst()))))
        }
        defineMethod(type, "aclose") { rt, args, kwargs in
            try rt.checkMethodArity("async_generator", "aclose", .noArgs, args.count - 1, kwargs)
            let g = try rt.generatorReceiver(args[0])
            return .object(PyAsyncGenAwaitable(type: rt.generatorSupport.asyncGenAthrow, generator: g, operation: .throwing(nil)))
        }
        defineGetSet(type, "ag_await") { rt, v in rt.yieldFromTarget(try rt.generatorReceiver(v)) ?? .none }
        for awaitableType in [support.asyncGenAsend, support.asyncGenAthrow] {
            let owner = awaitableType.name
            func receiver(_ rt: Runtime, _ v: Value) throws -> PyAsyncGenAwaitable {
                guard case .object(let o) = v, let a = o as? PyAsyncGenAwaitable else {
                    throw rt.error(rt.types.typeError, "expected an \(owner) object")
                }
                return a
            }
            func value(_ rt: Runtime, _ result: GeneratorResult) throws -> Value {
                switch result {
                case .yielded(let v): return v
                case .returned(let v): throw rt.stopIteration(v)
                }
            }
            defineMethod(awaitableType, "__await__") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "__await__", .slotNoArgs, args.count - 1, kwargs)
                return args[0]
            }
            defineMethod(awaitableType, "__iter__") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "__iter__", .slotNoArgs, args.count - 1, kwargs)
                return args[0]
            }
            defineMethod(awaitableType, "__next__") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "__next__", .slotNoArgs, args.count - 1, kwargs)
                return try value(rt, try rt.asyncGenAwaitableSend(try receiver(rt, args[0]), .none))
            }
            defineMethod(awaitableType, "send") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "send", .one, args.count - 1, kwargs)
                return try value(rt, try rt.asyncGenAwaitableSend(try receiver(rt, args[0]), args[1]))
            }
            defineMethod(awaitableType, "throw") { rt, args, kwargs in
                let a = try receiver(rt, args[0])
                let (typ, val, tb) = try rt.throwArguments(owner, args.dropFirst(), kwargs)
                return try value(rt, try rt.asyncGenAwaitableThrow(a, typ, val, tb))
            }
            defineMethod(awaitableType, "close") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "close", .noArgs, args.count - 1, kwargs)
                try receiver(rt, args[0]).state = .closed
                return .none
            }
        }
    }
}
