// `atexit` (CPython's Modules/atexitmodule.c): calls registered to run when the program
// ends, after the main module and before the finalization of what is still alive.

extension Runtime {
    func makeAtexitModule() -> PyModule {
        let (module, ns) = newNativeModule("atexit")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        def("register") { rt, args, kwargs in
            guard let function = args.first else {
                throw rt.error(rt.types.typeError, "register() takes at least 1 argument (0 given)")
            }
            guard rt.isCallable(function) else { throw rt.error(rt.types.typeError, "the first argument must be callable") }
            let keywords = try kwargs.flatMap { $0.count > 0 ? try rt.dictCopy($0) : nil }
            rt.atexitCallbacks.append((function, Array(args.dropFirst()), keywords))
            return function
        }
        def("unregister") { rt, args, kwargs in
            try rt.expectArgs("unregister", args, kwargs, min: 1, max: 1)
            // Comparison with == (it may call __eq__, which may raise), as CPython does.
            var kept: [(function: Value, args: [Value], kwargs: PyDict?)] = []
            for callback in rt.atexitCallbacks where !(try rt.equal(callback.function, args[0])) { kept.append(callback) }
            rt.atexitCallbacks = kept
            return .none
        }
        def("_clear") { rt, _, _ in
            rt.atexitCallbacks = []
            return .none
        }
        def("_ncallbacks") { rt, _, _ in .int(rt.atexitCallbacks.count) }
        def("_run_exitfuncs") { rt, _, _ in
            rt.runAtexitCallbacks()
            return .none
        }
        return module
    }

    /// Runs and forgets the registered callbacks, last registered first. A callback's
    /// exception (SystemExit included) is reported as unraisable and the next one runs.
    func runAtexitCallbacks() {
        while let callback = atexitCallbacks.popLast() {
            do {
                _ = try call(callback.function, callback.args, kwargs: callback.kwargs)
            } catch let e as PyException {
                let description = (try? repr(callback.function)) ?? "<object repr() failed>"
                host.writeStderr("Exception ignored in atexit callback: \(description)\n" + formatException(e.exception))
            } catch {
                host.writeStderr("Exception ignored in atexit callback: \(error)\n")
            }
        }
        host.flushStdout()
    }

    /// callable(value).
    func isCallable(_ value: Value) -> Bool {
        guard case .object(let o) = value else { return false }
        return o is PyFunction || o is PyBuiltinFunction || o is PyMethod || o is PyType || o is PyStaticMethod
            || o.type.lookup(staticName("__call__")) != nil
    }
}
