// The modules implemented in Swift (CPython's builtin and extension modules that pyvm
// provides). They are found before sys.path is searched, like CPython's BuiltinImporter.

extension Runtime {
    /// sys.builtin_module_names.
    static let nativeModuleNames = ["builtins", "sys", "gc", "math", "time", "_thread", "_abc", "atexit", "_posixcalls", "marshal"]
        + embeddedModuleCode.keys.sorted()

    /// A new native module by name, nil when pyvm has none of that name.
    func makeNativeModule(_ name: String) -> PyModule? {
        switch name {
        case "sys":
            _ = sysNamespace
            return imports.sysModule
        case "builtins": return builtinsModule()
        case "gc": return makeGcModule()
        case "math": return makeMathModule()
        case "time": return makeTimeModule()
        case "_thread": return makeThreadModule()
        case "_abc": return makeAbcModule()
        case "atexit": return makeAtexitModule()
        case "_posixcalls": return makePosixCallsModule()
        case "marshal": return makeMarshalModule()
        default: return nil
        }
    }

    /// `_thread`, for a single-threaded interpreter: the identity and locks that never block.
    func makeThreadModule() -> PyModule {
        let (module, ns) = newNativeModule("_thread")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        def("get_ident") { _, _, _ in .int(1) }
        def("get_native_id") { _, _, _ in .int(1) }
        ns.setString(intern("TIMEOUT_MAX"), .float(9223372036.0))
        let lockType = PyType(metatype: types.type, name: "lock", bases: [types.object], layout: .object,
                              isHeapType: false, namespace: newDict(), moduleName: "_thread")
        lockType.setLinearMRO()
        // A lock's state lives in its dict (`locked`): no other thread can hold it.
        defineMethod(lockType, "acquire") { rt, args, _ in
            if let d = args[0].object?.dict, case .bool(true)? = d.lookupString(rt.intern("locked")) { return .bool(false) }
            args[0].object?.dict?.setString(rt.intern("locked"), .bool(true))
            return .bool(true)
        }
        defineMethod(lockType, "release") { rt, args, _ in
            guard let d = args[0].object?.dict, case .bool(true)? = d.lookupString(rt.intern("locked")) else {
                throw rt.error(rt.types.runtimeError, "release unlocked lock")
            }
            d.setString(rt.intern("locked"), .bool(false))
            return .none
        }
        defineMethod(lockType, "locked") { rt, args, _ in
            args[0].object?.dict?.lookupString(rt.intern("locked")) ?? .bool(false)
        }
        lockType.namespace.setString(intern("__enter__"), lockType.namespace.lookupString(intern("acquire")) ?? .none)
        defineMethod(lockType, "__exit__") { rt, args, _ in
            args[0].object?.dict?.setString(rt.intern("locked"), .bool(false))
            return .none
        }
        ns.setString(intern("LockType"), .object(lockType))
        // RLock: re-entrant, so only its depth matters (`count` in its dict); releasing one
        // that is not held raises CPython's "cannot release un-acquired lock".
        let rlockType = PyType(metatype: types.type, name: "RLock", bases: [types.object], layout: .object,
                               isHeapType: false, namespace: newDict(), moduleName: "_thread")
        rlockType.setLinearMRO()
        func rlockDepth(_ rt: Runtime, _ lock: Value) -> Int {
            if case .int(let n)? = lock.object?.dict?.lookupString(rt.intern("count")) { return n }
            return 0
        }
        func acquireRLock(_ rt: Runtime, _ args: [Value], _: PyDict?) throws -> Value {
            args[0].object?.dict?.setString(rt.intern("count"), .int(rlockDepth(rt, args[0]) + 1))
            return .bool(true)
        }
        func releaseRLock(_ rt: Runtime, _ args: [Value], _: PyDict?) throws -> Value {
            let depth = rlockDepth(rt, args[0])
            guard depth > 0 else { throw rt.error(rt.types.runtimeError, "cannot release un-acquired lock") }
            args[0].object?.dict?.setString(rt.intern("count"), .int(depth - 1))
            return .none
        }
        defineMethod(rlockType, "acquire", acquireRLock)
        defineMethod(rlockType, "__enter__", acquireRLock)
        defineMethod(rlockType, "release", releaseRLock)
        defineMethod(rlockType, "__exit__", releaseRLock)
        defineMethod(rlockType, "_is_owned") { rt, args, _ in .bool(rlockDepth(rt, args[0]) > 0) }
        // The constructor is a function here (CPython's RLock is the type itself).
        def("RLock") { rt, _, _ in
            let lock = PyObject(type: rlockType)
            lock.dict = rt.newDict()
            return .object(lock)
        }
        def("allocate_lock") { rt, _, _ in
            let lock = PyObject(type: lockType)
            lock.dict = rt.newDict()
            return .object(lock)
        }
        ns.setString(intern("_set_sentinel"), ns.lookupString(intern("allocate_lock")) ?? .none)
        // One interpreter thread: a new thread cannot start (threading imports, and its
        // current_thread/locks work; Thread.start raises as on a platform without threads).
        def("start_new_thread") { rt, _, _ in throw rt.error(rt.types.runtimeError, "can't start new thread") }
        def("daemon_threads_allowed") { _, _, _ in .bool(true) }
        def("stack_size") { rt, args, kwargs in
            try rt.expectArgs("stack_size", args, kwargs, min: 0, max: 1)
            return .int(0)
        }
        def("_count") { _, _, _ in .int(0) }
        def("interrupt_main") { rt, _, _ in throw rt.error(rt.types.keyboardInterrupt, args: []) }
        def("exit") { rt, _, _ in throw rt.error(rt.types.systemExit, args: []) }
        ns.setString(intern("error"), .object(types.runtimeError))
        return module
    }
}
