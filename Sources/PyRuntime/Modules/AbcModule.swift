// `_abc`, the native half of the stdlib's abc module (CPython's Modules/_abc.c): abstract
// method bookkeeping and isinstance/issubclass through registered virtual subclasses.
// Differences: registries hold classes strongly (CPython: weakly) and there are no
// positive/negative caches, so every check recomputes (same answers, more work).

extension Runtime {
    func makeAbcModule() -> PyModule {
        let (module, ns) = newNativeModule("_abc")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        def("get_cache_token") { rt, _, _ in .int(rt.imports.abcInvalidationCounter) }
        def("_abc_init") { rt, args, kwargs in
            try rt.expectArgs("_abc_init", args, kwargs, min: 1, max: 1)
            guard case .object(let o) = args[0], let cls = o as? PyType else { return .none }
            try rt.abcInit(cls)
            return .none
        }
        def("_abc_register") { rt, args, kwargs in
            try rt.expectArgs("_abc_register", args, kwargs, min: 2, max: 2)
            guard case .object(let o) = args[0], let cls = o as? PyType else { return args[1] }
            guard case .object(let so) = args[1], let subclass = so as? PyType else {
                throw rt.error(rt.types.typeError, "Can only register classes")
            }
            if try rt.isSubclassCheck(subclass, args[0]) { return args[1] }
            if try rt.isSubclassCheck(cls, args[1]) {
                throw rt.error(rt.types.runtimeError, "Refusing to create an inheritance cycle")
            }
            rt.abcRegistry(cls).items.append(args[1])
            rt.imports.abcInvalidationCounter += 1
            return args[1]
        }
        def("_abc_instancecheck") { rt, args, kwargs in
            try rt.expectArgs("_abc_instancecheck", args, kwargs, min: 2, max: 2)
            let subclass = try rt.getAttribute(args[1], rt.staticName("__class__"))
            let check = try rt.getAttribute(args[0], rt.intern("__subclasscheck__"))
            if try rt.isTrue(try rt.call(check, [subclass])) { return .bool(true) }
            let subtype = Value.object(rt.typeOf(args[1]))
            if case .object(let a) = subclass, case .object(let b) = subtype, a === b { return .bool(false) }
            return .bool(try rt.isTrue(try rt.call(check, [subtype])))
        }
        def("_abc_subclasscheck") { rt, args, kwargs in
            try rt.expectArgs("_abc_subclasscheck", args, kwargs, min: 2, max: 2)
            guard case .object(let so) = args[1], let subclass = so as? PyType else {
                throw rt.error(rt.types.typeError, "issubclass() arg 1 must be a class")
            }
            guard case .object(let o) = args[0], let cls = o as? PyType else { return .bool(false) }
            return .bool(try rt.abcSubclassCheck(cls, subclass))
        }
        def("_get_dump") { rt, args, _ in
            guard case .object(let o)? = args.first, let cls = o as? PyType else { return .none }
            let registry = PySet(type: rt.types.set)
            for item in rt.abcRegistry(cls).items { try rt.setAdd(registry, item) }
            return rt.tuple([.object(registry), .object(PySet(type: rt.types.set)), .object(PySet(type: rt.types.set)),
                             .int(rt.imports.abcInvalidationCounter)])
        }
        def("_reset_registry") { rt, args, _ in
            if case .object(let o)? = args.first, let cls = o as? PyType { rt.abcRegistry(cls).items.removeAll() }
            return .none
        }
        def("_reset_caches") { _, _, _ in .none }
        return module
    }

    /// _abc_init: `__abstractmethods__` from the namespace and the bases' abstract names
    /// still abstract here; the registry is made on first use.
    func abcInit(_ cls: PyType) throws {
        var abstracts: [String] = []
        for (key, value) in cls.namespace.items {
            guard let name = strValue(key) else { continue }
            if let flag = try lookupAttribute(value, "__isabstractmethod__"), try isTrue(flag) { abstracts.append(name) }
        }
        for base in cls.bases {
            guard let names = try lookupAttribute(.object(base), "__abstractmethods__") else { continue }
            for item in try toArray(names) {
                guard let name = strValue(item), !abstracts.contains(name) else { continue }
                if let value = try lookupAttribute(.object(cls), name),
                   let flag = try lookupAttribute(value, "__isabstractmethod__"), try isTrue(flag) {
                    abstracts.append(name)
                }
            }
        }
        let frozen = PySet(type: types.frozenset)
        for name in abstracts { try setAdd(frozen, str(name)) }
        try setAttribute(.object(cls), intern("__abstractmethods__"), .object(frozen))
        // collections.abc passes match-statement flags this way; pyvm has no use for them.
        _ = try? dictRemove(cls.namespace, str("__abc_tpflags__"))
    }

    /// The registered virtual subclasses of `cls` (kept in its namespace as `_abc_registry`).
    func abcRegistry(_ cls: PyType) -> PyList {
        if case .object(let l as PyList)? = cls.namespace.lookupString(intern("_abc_registry")) { return l }
        let registry = PyList(type: types.list, [])
        cls.namespace.setString(intern("_abc_registry"), .object(registry))
        return registry
    }

    /// _abc_subclasscheck: __subclasshook__, the MRO, registered classes, then subclasses.
    func abcSubclassCheck(_ cls: PyType, _ subclass: PyType) throws -> Bool {
        let hook = try getAttribute(.object(cls), intern("__subclasshook__"))
        let answer = try call(hook, [.object(subclass)])
        if !isNotImplemented(answer) { return try isTrue(answer) }
        if subclass.mro.contains(where: { $0 === cls }) { return true }
        for registered in abcRegistry(cls).items where try isSubclassCheck(subclass, registered) { return true }
        let subclasses = try toArray(try call(try getAttribute(.object(cls), intern("__subclasses__")), []))
        for candidate in subclasses where try isSubclassCheck(subclass, candidate) { return true }
        return false
    }

    /// object.__new__'s refusal of classes with abstract methods left (Py_TPFLAGS_IS_ABSTRACT).
    func checkNotAbstract(_ cls: PyType) throws {
        guard cls.isHeapType, case .object(let o)? = cls.namespace.lookupString(staticName("__abstractmethods__")),
              let names = o as? PySet, names.used > 0 else { return }
        let sorted = try toArray(.object(names)).compactMap { strValue($0) }.sorted()
        throw error(types.typeError, "Can't instantiate abstract class \(cls.name) with abstract method"
                    + "\(sorted.count == 1 ? "" : "s") \(sorted.joined(separator: ", "))")
    }
}
