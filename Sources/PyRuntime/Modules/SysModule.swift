// The `sys` module (the part issue 3 needs) and the import of native modules.

extension Runtime {
    func importModule(_ name: String) throws -> Value {
        if let module = modules[name] { return .object(module) }
        switch name {
        case "sys":
            let module = makeSysModule()
            modules[name] = module
            return .object(module)
        case "gc":
            let module = makeGcModule()
            modules[name] = module
            return .object(module)
        default:
            throw PyException(PyBaseException(type: types.moduleNotFoundError, args: [str("No module named '\(name)'")]))
        }
    }

    func makeSysModule() -> PyModule {
        let ns = newDict()
        let module = PyModule(type: types.module, name: "sys", namespace: ns)
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        ns.setString(staticName("__name__"), str("sys"))
        ns.setString(staticName("argv"), list(argv.map { str($0) }))
        ns.setString(staticName("maxsize"), .int(Int.max))
        ns.setString(staticName("version_info"), tuple([.int(3), .int(11), .int(7), str("final"), .int(0)]))
        def("exit") { rt, args, _ in
            throw PyException(PyBaseException(type: rt.types.systemExit, args: args.isEmpty ? [] : [args[0]]))
        }
        installSysIntDigits(ns)
        def("getrecursionlimit") { rt, _, _ in .int(rt.recursionLimit) }
        def("setrecursionlimit") { rt, args, kwargs in
            try rt.expectArgs("setrecursionlimit", args, kwargs, min: 1, max: 1)
            // METH_O: the call itself is one recursion level (Protocol+Recursion.swift).
            try rt.withRecursionGuard(" while calling a Python object") { try rt.setRecursionLimit(args[0]) }
            return .none
        }
        def("exc_info") { rt, _, _ in
            guard case .object(let o) = rt.topmostHandledException, let e = o as? PyBaseException else {
                return rt.tuple([.none, .none, .none])
            }
            return rt.tuple([.object(e.type), rt.topmostHandledException, e.traceback.map { .object($0) } ?? .none])
        }
        def("exception") { rt, _, _ in rt.topmostHandledException }
        def("intern") { _, args, _ in args[0] }
        for (name, write) in [("stdout", { (rt: Runtime, s: String) in rt.host.writeStdout(s) }),
                              ("stderr", { (rt: Runtime, s: String) in rt.host.writeStderr(s) })] {
            let streamType = PyType(metatype: types.type, name: "TextIOWrapper", bases: [types.object], layout: .object,
                                    isHeapType: false, namespace: newDict(), moduleName: "_io")
            streamType.setLinearMRO()
            defineMethod(streamType, "write") { rt, args, _ in
                guard let s = rt.strValue(args[1]) else {
                    throw rt.error(rt.types.typeError, "write() argument must be str, not \(rt.typeName(args[1]))")
                }
                // stdout encodes strictly as UTF-8 (lone surrogates raise UnicodeEncodeError);
                // stderr uses backslashreplace, as CPython's streams do.
                if case .object(let o) = args[1], let text = o as? PyStrObject, text.surrogateCodePoints != nil {
                    let errors = name == "stderr" ? "backslashreplace" : "strict"
                    let bytes = try rt.encode(rt.exactStr(text), encoding: "utf-8", errors: errors)
                    write(rt, String(decoding: bytes, as: UTF8.self))
                    return .int(text.count)
                }
                write(rt, s)
                return .int(s.unicodeScalars.count)
            }
            defineMethod(streamType, "flush") { rt, _, _ in
                rt.host.flushStdout()
                return .none
            }
            ns.setString(intern(name), .object(PyObject(type: streamType)))
        }
        return module
    }
}
