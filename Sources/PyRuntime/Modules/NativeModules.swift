// The modules implemented in Swift (CPython's builtin and extension modules that pyvm
// provides). They are found before sys.path is searched, like CPython's BuiltinImporter.

extension Runtime {
    /// sys.builtin_module_names.
    static let nativeModuleNames = ["builtins", "sys", "gc", "math", "time", "_thread", "_abc"]

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
        def("allocate_lock") { rt, _, _ in
            let lock = PyObject(type: lockType)
            lock.dict = rt.newDict()
            return .object(lock)
        }
        return module
    }
}
