// Creating, suspending and resuming generator frames (genobject.c's gen_send_ex2,
// _gen_throw, gen_close, _PyGen_Finalize). A resumed frame runs as an entry frame of a
// nested `run`, as CPython 3.11 runs it through _PyEval_EvalFrame.

extension Runtime {
    enum GeneratorResult {
        case yielded(Value)
        case returned(Value)
    }

    /// RETURN_GENERATOR: the generator object taking over `frame`'s slots (its stack is
    /// empty: only locals, cells and free variables hold values).
    func makeGenerator(_ frame: Frame) -> PyGenerator {
        let support = generatorSupport
        let code = frame.code
        let flags = code.code.flags
        let kind: PyGenerator.Kind = flags.contains(.coroutine) ? .coroutine
            : flags.contains(.asyncGenerator) ? .asyncGenerator : .generator
        let type = kind == .coroutine ? support.coroutine : kind == .asyncGenerator ? support.asyncGenerator : support.generator
        let name: Value, qualname: Value
        if let f = frame.function {
            name = str(f.name)
            qualname = str(f.qualname)
        } else {
            name = str(code.name)
            qualname = str(code.qualname)
        }
        let g = PyGenerator(type: type, kind: kind, code: code, globals: frame.globals, function: frame.function,
                            name: name, qualname: qualname)
        let count = min(frame.sp, g.capacity)
        moveSlots(from: frame.slots, to: g.storage, count)
        g.live = count
        g.pc = frame.pc
        g.frameObject = frame.frameObject
        frame.frameObject = nil
        return g
    }

    /// YIELD_VALUE: moves the running generator's frame out of the data stack and releases
    /// its record. The caller returns from `run` with the yielded value.
    func suspendGenerator(_ frame: Frame) throws {
        guard let g = runningGenerator, g.code === frame.code, frame.isEntry, frame.sp <= g.capacity else {
            throw error(types.systemError, "YIELD_VALUE outside a generator frame")
        }
        moveSlots(from: frame.slots, to: g.storage, frame.sp)
        g.live = frame.sp
        g.pc = frame.pc
        g.frameObject = frame.frameObject
        frame.frameObject = nil
        g.state = .suspended
        releaseFrame(frame, live: 0)
    }

    /// Moves `count` values between frame slots and a generator's storage. Moving a Swift
    /// value is a bitwise copy (the source is left uninitialized), so this is one memcpy;
    /// the destination holds no values (or only NULLs, which are trivial).
    @inline(__always)
    private func moveSlots(from source: UnsafeMutablePointer<Value>, to destination: UnsafeMutablePointer<Value>, _ count: Int) {
        UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: count * MemoryLayout<Value>.stride)
    }

    /// The exception a throw() left on the stack of a frame resumed with an error.
    func injectedException(_ v: Value) -> PyException {
        resumingWithError = false
        if case .object(let o) = v, let e = o as? PyBaseException { return PyException(e) }
        return error(types.systemError, "generator resumed with a non-exception")
    }

    /// gen_send_ex2: runs the generator until it yields or finishes. `exc` is raised at the
    /// suspension point instead of sending `value`; `closing` is set by close().
    func resumeGenerator(_ g: PyGenerator, sending value: Value, throwing exc: PyBaseException? = nil,
                         closing: Bool = false) throws -> GeneratorResult {
        switch g.state {
        case .created where exc == nil && !value.isNone:
            let what = g.kind == .generator ? "generator" : g.kind == .coroutine ? "coroutine" : "async generator"
            throw error(types.typeError, "can't send non-None value to a just-started \(what)")
        case .running:
            throw error(types.valueError, "\(g.kindName) already executing")
        case .completed:
            if g.kind == .coroutine && !closing {
                throw error(types.runtimeError, "cannot reuse already awaited coroutine")
            }
            if let exc { throw PyException(exc) }
            return .returned(.none)
        case .created, .suspended:
            break
        }
        if nativeStackExhausted() {
            throw error(types.recursionError, "maximum recursion depth exceeded")
        }
        // The sent value needs one free stack slot (a code object claiming too small a
        // stack must not make it write past the frame).
        guard g.live < g.capacity else {
            throw error(types.systemError, "generator frame has no room for the sent value")
        }
        let frame = newFrame(code: g.code, globals: g.globals, builtins: builtins, locals: nil, function: g.function)
        // The new slots hold NULLs (trivial values): moving over them needs no release.
        moveSlots(from: g.storage, to: frame.slots, g.live)
        let sp = g.live
        g.live = 0
        frame.pc = g.pc
        if let exc {
            // Raised by the suspending instruction itself, so the traceback and the exception
            // table see the suspension point (CPython's prev_instr).
            (frame.slots + sp).initialize(to: .object(exc))
            frame.pc -= 1
            resumingWithError = true
        } else {
            (frame.slots + sp).initialize(to: value)
        }
        frame.sp = sp + 1
        frame.frameObject = g.frameObject
        g.frameObject = nil
        frame.isEntry = true
        g.state = .running
        g.previousRunning = runningGenerator
        runningGenerator = g
        g.resumerHandled = handledException
        handledException = g.excState
        let caller = callerFrame
        nativeDepth += 1
        defer {
            nativeDepth -= 1
            callerFrame = caller
            resumingWithError = false
            g.excState = g.state == .suspended ? handledException : .none
            handledException = g.resumerHandled
            g.resumerHandled = .none
            runningGenerator = g.previousRunning
            g.previousRunning = nil
        }
        do {
            let result = try run(frame)
            if g.state == .suspended { return .yielded(result) }
            g.state = .completed
            return .returned(result)
        } catch let e as PyException {
            g.state = .completed
            let raised = e.exception
            if raised.type.isSubtype(of: types.stopIteration) {
                throw replacement(raised, "\(g.kind == .asyncGenerator ? "async generator" : g.kind == .coroutine ? "coroutine" : "generator") raised StopIteration")
            }
            if g.kind == .asyncGenerator, raised.type.isSubtype(of: generatorSupport.stopAsyncIteration(self)) {
                throw replacement(raised, "async generator raised StopAsyncIteration")
            }
            throw e
        }
    }

    /// _PyErr_FormatFromCause(RuntimeError, message).
    private func replacement(_ cause: PyBaseException, _ message: String) -> PyException {
        let e = error(types.runtimeError, message)
        e.exception.cause = .object(cause)
        e.exception.context = .object(cause)
        e.exception.suppressContext = true
        return e
    }

    /// StopIteration carrying a return value (_PyGen_SetStopIterationValue).
    func stopIteration(_ value: Value) -> PyException {
        error(types.stopIteration, args: value.isNone ? [] : [value])
    }

    /// The value a StopIteration carries (its `value`, args[0] or None).
    func stopIterationValue(_ e: PyBaseException) -> Value {
        e.args.first ?? .none
    }

    /// The result of send()/__next__ at the Python level: a return becomes StopIteration
    /// (StopAsyncIteration for async generators).
    func generatorStep(_ g: PyGenerator, _ value: Value) throws -> Value {
        switch try resumeGenerator(g, sending: value) {
        case .yielded(let v): return v
        case .returned(let v):
            if g.kind == .asyncGenerator { throw error(generatorSupport.stopAsyncIteration(self), args: []) }
            throw stopIteration(v)
        }
    }

    /// _PyGen_yf: the iterator a generator suspended in `yield from`/`await` delegates to
    /// (the top of its stack when the instruction after the suspension is RESUME 2 or 3).
    func yieldFromTarget(_ g: PyGenerator) -> Value? {
        guard g.state == .suspended, g.live > 0 else { return nil }
        let instructions = g.code.instructions
        guard instructions.indices.contains(g.pc) else { return nil }
        let next = instructions[g.pc]
        guard next.opcode == .RESUME, next.arg >= 2 else { return nil }
        return g.storage[g.live - 1]
    }

    /// The exception throw(typ, val, tb) raises, with CPython's checks. Invalid arguments
    /// raise here; an exception class whose instantiation fails gives that failure, which
    /// CPython raises inside the generator (it normalizes the exception lazily).
    func exceptionToThrow(_ typ: Value, _ val: Value, _ tb: Value) throws -> PyBaseException {
        do {
            return try exceptionToThrowChecked(typ, val, tb)
        } catch let e as InstantiationFailure {
            return e.error.exception
        }
    }

    private struct InstantiationFailure: Error {
        let error: PyException
    }

    private func exceptionToThrowChecked(_ typ: Value, _ val: Value, _ tb: Value) throws -> PyBaseException {
        var traceback: PyTraceback? = nil
        if !tb.isNone && !tb.isNull {
            guard case .object(let t) = tb, let trace = t as? PyTraceback else {
                throw error(types.typeError, "throw() third argument must be a traceback object")
            }
            traceback = trace
        }
        if case .object(let o) = typ {
            if let cls = o as? PyType, cls.isSubtype(of: types.baseException) {
                let exc: PyBaseException
                if case .object(let vo) = val, let ve = vo as? PyBaseException, ve.type.isSubtype(of: cls) {
                    exc = ve
                } else {
                    let args: [Value]
                    if val.isNone || val.isNull { args = [] }
                    else if case .object(let vo) = val, let t = vo as? PyTuple { args = t.items }
                    else { args = [val] }
                    let made: Value
                    do { made = try call(typ, args) } catch let e as PyException { throw InstantiationFailure(error: e) }
                    guard case .object(let mo) = made, let me = mo as? PyBaseException else {
                        throw InstantiationFailure(error: error(types.typeError, "calling \(try repr(typ)) should have returned an instance of BaseException, not \(typeName(made))"))
                    }
                    exc = me
                }
                if let traceback { exc.traceback = traceback }
                return exc
            }
            if let e = o as? PyBaseException {
                if !val.isNone && !val.isNull {
                    throw error(types.typeError, "instance exception may not have a separate value")
                }
                if let traceback { e.traceback = traceback }
                return e
            }
        }
        throw error(types.typeError, "exceptions must be classes or instances deriving from BaseException, not \(typeName(typ))")
    }

    /// _gen_throw: throws into the generator, or first into the iterator it delegates to.
    func generatorThrow(_ g: PyGenerator, _ typ: Value, _ val: Value, _ tb: Value,
                        closeOnGeneratorExit: Bool = true) throws -> GeneratorResult {
        if let delegate = yieldFromTarget(g) {
            let isGeneratorExit = { () -> Bool in
                if case .object(let o) = typ {
                    if let t = o as? PyType { return t.isSubtype(of: self.types.generatorExit) }
                    return o.type.isSubtype(of: self.types.generatorExit)
                }
                return false
            }()
            if isGeneratorExit && closeOnGeneratorExit {
                g.state = .running
                let closeError: PyException?
                do { try closeIterator(delegate); closeError = nil } catch let e as PyException { closeError = e }
                g.state = .suspended
                if let closeError { return try resumeGenerator(g, sending: .none, throwing: closeError.exception) }
                return try resumeGenerator(g, sending: .none, throwing: try exceptionToThrow(typ, val, tb))
            }
            let outcome: Result<Value, PyException>
            g.state = .running
            if case .object(let d) = delegate, let inner = d as? PyGenerator, inner.kind != .asyncGenerator {
                do {
                    switch try generatorThrow(inner, typ, val, tb, closeOnGeneratorExit: closeOnGeneratorExit) {
                    case .yielded(let v): outcome = .success(v)
                    case .returned(let v): outcome = .failure(stopIteration(v))
                    }
                } catch let e as PyException { outcome = .failure(e) }
            } else {
                let method: Value?
                do { method = try getAttributeOrNil(delegate, staticName("throw")) } catch {
                    g.state = .suspended
                    throw error
                }
                guard let method else {
                    g.state = .suspended
                    return try resumeGenerator(g, sending: .none, throwing: try exceptionToThrow(typ, val, tb))
                }
                var args = [typ]
                if !val.isNull { args.append(val) }
                if !tb.isNull { args.append(tb) }
                do { outcome = .success(try call(method, args)) } catch let e as PyException { outcome = .failure(e) }
            }
            g.state = .suspended
            switch outcome {
            case .success(let v): return .yielded(v)
            case .failure(let e):
                if e.exception.type.isSubtype(of: types.stopIteration) {
                    // The delegate finished: pop it and continue after the SEND loop, with
                    // its return value as the result of the `yield from`/`await`.
                    _ = try leaveSendLoop(g)
                    return try resumeGenerator(g, sending: stopIterationValue(e.exception))
                }
                // Raised at the suspension point (CPython raises it at the loop's backward
                // jump: same line, same handler); unwinding drops the delegate.
                return try resumeGenerator(g, sending: .none, throwing: e.exception)
            }
        }
        return try resumeGenerator(g, sending: .none, throwing: try exceptionToThrow(typ, val, tb))
    }

    /// Pops the delegate off a generator suspended in a SEND loop and moves its resume
    /// point to the SEND's exit (the instruction before the YIELD_VALUE is the SEND).
    private func leaveSendLoop(_ g: PyGenerator) throws -> Value {
        let instructions = g.code.instructions
        let send = g.pc - 2
        guard g.live > 0, instructions.indices.contains(send), instructions[send].opcode == .SEND else {
            throw error(types.systemError, "generator is not suspended in a SEND loop")
        }
        g.live -= 1
        let delegate = (g.storage + g.live).move()
        g.pc = Int(instructions[send].arg)
        return delegate
    }

    /// getattr(o, name) or nil when it has no such attribute.
    func getAttributeOrNil(_ o: Value, _ name: PyStrObject) throws -> Value? {
        do {
            return try getAttribute(o, name)
        } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {
            return nil
        }
    }

    /// gen_close_iter: closes the iterator a `yield from` delegates to.
    func closeIterator(_ delegate: Value) throws {
        if case .object(let d) = delegate, let inner = d as? PyGenerator, inner.kind != .asyncGenerator {
            try generatorClose(inner)
            return
        }
        if let close = try getAttributeOrNil(delegate, staticName("close")) {
            _ = try call(close, [])
        }
    }

    /// gen_close: GeneratorExit at the suspension point; yielding again is a RuntimeError.
    func generatorClose(_ g: PyGenerator) throws {
        var pending: PyBaseException? = nil
        if let delegate = yieldFromTarget(g) {
            g.state = .running
            do { try closeIterator(delegate) } catch let e as PyException { pending = e.exception }
            g.state = .suspended
        }
        if g.state == .created {
            // Nothing has run: there is no handler that could see the GeneratorExit.
            g.state = .completed
            g.clearStorage()
            return
        }
        let exc = pending ?? PyBaseException(type: types.generatorExit, args: [])
        do {
            // Finishing (even with a return value) is a clean close; yielding is not.
            guard case .yielded = try resumeGenerator(g, sending: .none, throwing: exc, closing: true) else { return }
        } catch let e as PyException where e.exception.type.isSubtype(of: types.stopIteration)
                    || e.exception.type.isSubtype(of: types.generatorExit) {
            return
        }
        let message = g.kind == .generator ? "generator ignored GeneratorExit"
            : g.kind == .coroutine ? "coroutine ignored GeneratorExit" : "async generator ignored GeneratorExit"
        throw error(types.runtimeError, message)
    }

    /// _PyGen_Finalize for a generator released while suspended: close() runs its
    /// `finally` blocks; an unawaited coroutine gets CPython's RuntimeWarning.
    func finalizeGenerator(_ dying: PyGenerator) {
        let shell = PyGenerator(shellOf: dying)
        let savedHandled = handledException
        let savedCaller = callerFrame
        defer {
            handledException = savedHandled
            callerFrame = savedCaller
        }
        if shell.kind == .coroutine && shell.state == .created {
            warnUnawaitedCoroutine(shell)
            shell.state = .completed
            shell.clearStorage()
            return
        }
        do {
            try generatorClose(shell)
        } catch let e as PyException {
            writeUnraisable(e.exception, in: .object(shell))
        } catch {
            host.writeStderr("Exception ignored in: \(error)\n")
        }
    }

    /// At exit, generators suspended in `__main__` globals run their `finally` blocks, as
    /// CPython's shutdown does when it frees the module's namespace.
    func closeGeneratorsAtExit(_ globals: PyDict) {
        for (_, value) in globals.items {
            guard case .object(let o) = value, let g = o as? PyGenerator, g.state == .suspended else { continue }
            do {
                try generatorClose(g)
            } catch let e as PyException {
                writeUnraisable(e.exception, in: value)
            } catch {
                host.writeStderr("Exception ignored in: \(error)\n")
            }
        }
    }

    /// "RuntimeWarning: coroutine 'f' was never awaited", attributed to the running frame.
    func warnUnawaitedCoroutine(_ g: PyGenerator) {
        let qualname = strValue(g.qualname) ?? g.code.qualname
        callerFrame = frames.innermost
        try? warn("RuntimeWarning", "coroutine '\(qualname)' was never awaited", hasSource: true)
    }
}

extension PyGenerator {
    /// Releases the frame's values (a finished generator keeps no locals alive).
    func clearStorage() {
        var i = 0
        while i < live { (storage + i).deinitialize(count: 1); i += 1 }
        live = 0
    }
}

extension GeneratorSupport {
    func stopAsyncIteration(_ rt: Runtime) -> PyType {
        if case .object(let o) = rt.builtins.lookupString(rt.staticName("StopAsyncIteration")) ?? .none,
           let t = o as? PyType { return t }
        return rt.types.stopIteration
    }
}
