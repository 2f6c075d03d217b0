// The `sys` module: the interpreter's configuration (argv, path, modules, version,
// flags), its standard streams, recursion limit and the exception being handled.

extension Runtime {
    func makeSysModule() -> PyModule {
        let (module, ns) = newNativeModule("sys")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        func set(_ name: String, _ value: Value) { ns.setString(intern(name), value) }
        set("argv", list(argv.map { str($0) }))
        set("orig_argv", list(argv.map { str($0) }))
        var path: [String] = []
        if let first = imports.firstPathEntry { path.append(first) }
        path += imports.environmentPath
        path += host.defaultModuleSearchPath()
        set("path", list(path.map { str($0) }))
        set("modules", .object(sysModules))
        set("meta_path", list([]))
        set("path_hooks", list([]))
        set("path_importer_cache", .object(newDict()))
        set("builtin_module_names", tuple(Runtime.nativeModuleNames.sorted().map { str($0) }))
        set("dont_write_bytecode", .bool(imports.dontWriteBytecode))
        set("platform", str("linux"))
        set("byteorder", str("little"))
        set("maxsize", .int(Int.max))
        set("maxunicode", .int(0x10FFFF))
        set("version", str("3.11.7 (pyvm)"))
        set("hexversion", .int(0x030B07F0))
        set("api_version", .int(1013))
        set("copyright", str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))
        set("float_repr_style", str("short"))
        set("executable", str(imports.executable))
        set("_base_executable", str(imports.executable))
        for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
            // CPython's prefix is the directory above lib/python3.11.
            let stdlib = host.defaultModuleSearchPath().first { $0.hasSuffix("/lib/python3.11") }
            set(name, str(stdlib.map { String($0.dropLast("/lib/python3.11".count)) } ?? ""))
        }
        set("platlibdir", str("lib"))
        set("pycache_prefix", .none)
        set("abiflags", str(""))
        set("version_info", structSequence("sys.version_info",
            [("major", .int(3)), ("minor", .int(11)), ("micro", .int(7)), ("releaselevel", str("final")), ("serial", .int(0))]))
        // dev_mode and safe_path are bools in sys.flags, the others ints.
        set("flags", structSequence("sys.flags", imports.flags.map {
            ($0.0, $0.0 == "dev_mode" || $0.0 == "safe_path" ? .bool($0.1 != 0) : .int($0.1))
        }))
        set("float_info", structSequence("sys.float_info", [
            ("max", .float(Double.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
            ("min", .float(Double.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
            ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(Double.ulpOfOne)), ("radix", .int(2)),
            ("rounds", .int(1))]))
        set("hash_info", structSequence("sys.hash_info", [
            ("width", .int(64)), ("modulus", .int(2305843009213693951)), ("inf", .int(314159)), ("nan", .int(0)),
            ("imag", .int(1000003)), ("algorithm", str("siphash13")), ("hash_bits", .int(64)), ("seed_bits", .int(128)),
            ("cutoff", .int(0))]))
        set("int_info", structSequence("sys.int_info", [
            ("bits_per_digit", .int(30)), ("sizeof_digit", .int(4)), ("default_max_str_digits", .int(4300)),
            ("str_digits_check_threshold", .int(640))]))
        let xOptions = newDict()
        for (key, value) in imports.xOptions { xOptions.setString(intern(key), value.map { str($0) } ?? .bool(true)) }
        set("_xoptions", .object(xOptions))
        set("warnoptions", list([]))
        set("implementation", makeImplementationNamespace(versionInfo: ns.lookupString(intern("version_info")) ?? .none))
        def("exit") { rt, args, kwargs in
            try rt.expectArgs("exit", args, kwargs, min: 0, max: 1)
            // sys.exit(None) raises SystemExit() with no arguments, as CPython's PyErr_SetObject does.
            // A tuple becomes the arguments themselves.
            let code = args.first ?? .none
            if case .object(let t as PyTuple) = code, t.type === rt.types.tuple {
                throw PyException(PyBaseException(type: rt.types.systemExit, args: t.items))
            }
            throw PyException(PyBaseException(type: rt.types.systemExit, args: code.isNone ? [] : [code]))
        }
        installSysIntDigits(ns)
        installDisplayHook(ns)
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
        def("intern") { rt, args, kwargs in
            try rt.expectArgs("intern", args, kwargs, min: 1, max: 1)
            guard case .object(let o) = args[0], let s = o as? PyStrObject, o.type === rt.types.str else {
                throw rt.error(rt.types.typeError, "intern() argument must be str, not \(rt.typeName(args[0]))")
            }
            return .object(rt.intern(s.value))
        }
        def("_getframe") { rt, args, kwargs in
            try rt.expectArgs("_getframe", args, kwargs, min: 0, max: 1)
            var depth = args.isEmpty ? 0 : try rt.index(args[0])
            var frame = rt.callerFrame
            while depth > 0, let current = frame {
                frame = current.previous
                depth -= 1
            }
            guard let found = frame else { throw rt.error(rt.types.valueError, "call stack is not deep enough") }
            return .object(rt.frameObject(found, at: max(0, found.pc - 1)))
        }
        def("getdefaultencoding") { rt, _, _ in rt.str("utf-8") }
        def("excepthook") { rt, args, kwargs in
            try rt.expectArgs("excepthook", args, kwargs, min: 3, max: 3)
            guard let exception = args[1].object as? PyBaseException else {
                rt.host.writeStderr("TypeError: print_exception(): Exception expected for value, \(rt.typeName(args[1])) found\n")
                return .none
            }
            rt.host.writeStderr(rt.formatException(exception))
            return .none
        }
        set("__excepthook__", ns.lookupString(intern("excepthook")) ?? .none)
        def("addaudithook") { rt, args, kwargs in
            try rt.expectArgs("addaudithook", args, kwargs, min: 1, max: 1)
            rt.auditHooks.append(args[0])
            return .none
        }
        def("audit") { rt, args, kwargs in
            guard let event = args.first else { throw rt.error(rt.types.typeError, "audit() missing 1 required positional argument: 'event'") }
            guard rt.strValue(event) != nil else {
                throw rt.error(rt.types.typeError, "expected str for argument 'event', not \(rt.typeName(event))")
            }
            let details = rt.tuple(Array(args.dropFirst()))
            for hook in rt.auditHooks { _ = try rt.call(hook, [event, details]) }
            return .none
        }
        def("getfilesystemencoding") { rt, _, _ in rt.str("utf-8") }
        def("getfilesystemencodeerrors") { rt, _, _ in rt.str("surrogateescape") }
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
            let stream = Value.object(PyObject(type: streamType))
            set(name, stream)
            set("__\(name)__", stream)
        }
        let stdin = makeStandardInput()
        set("stdin", stdin)
        set("__stdin__", stdin)
        return module
    }

    /// A native module and its namespace with the attributes every module has.
    func newNativeModule(_ name: String) -> (PyModule, PyDict) {
        let ns = newDict()
        ns.setString(staticName("__name__"), str(name))
        ns.setString(staticName("__doc__"), .none)
        ns.setString(staticName("__package__"), str(""))
        ns.setString(staticName("__loader__"), .none)
        ns.setString(staticName("__spec__"), .object(makeModuleSpec(name: name, origin: "built-in", searchLocations: nil,
                                                                   cached: nil, parent: "")))
        return (PyModule(type: types.module, name: name, namespace: ns), ns)
    }

    /// A struct sequence (sys.version_info, sys.flags): a tuple whose items are also named
    /// attributes, printed as `name(field=value, ...)`.
    func structSequence(_ qualifiedName: String, _ fields: [(String, Value)]) -> Value {
        let dot = qualifiedName.lastIndex(of: ".")
        let moduleName = dot.map { String(qualifiedName[..<$0]) } ?? "builtins"
        let name = dot.map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName
        let type = PyType(metatype: types.type, name: name, bases: [types.tuple], layout: .tuple,
                          isHeapType: false, namespace: newDict(), moduleName: moduleName)
        type.setLinearMRO()
        for (index, field) in fields.enumerated() {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: field.0) { rt, args, _ in
                guard case .object(let o) = args[0], let t = o as? PyTuple, index < t.items.count else { return .none }
                return t.items[index]
            }
            type.namespace.setString(intern(field.0), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                        setter: .none, deleter: .none, doc: .none)))
        }
        let names = fields.map { $0.0 }
        defineMethod(type, "__repr__") { rt, args, _ in
            guard case .object(let o) = args[0], let t = o as? PyTuple else { return rt.str("") }
            let parts = try zip(names, t.items).map { "\($0.0)=\(try rt.repr($0.1))" }
            return rt.str("\(qualifiedName)(\(parts.joined(separator: ", ")))")
        }
        return .object(PyTuple(type: type, fields.map { $0.1 }))
    }
}
