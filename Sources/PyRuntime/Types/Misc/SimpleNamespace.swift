// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an object whose attributes are
// the keyword arguments it was made with. sys.implementation is one, which is how types.py
// finds the type.

extension Runtime {
    func makeSimpleNamespaceType() -> PyType {
        let t = PyType(metatype: types.type, name: "SimpleNamespace", bases: [types.object], layout: .object,
                       isHeapType: false, namespace: newDict(), moduleName: "types")
        t.setLinearMRO()
        t.instancesHaveDict = true
        defineStatic(t, "__new__") { rt, args, _ in
            guard let cls = args.first?.object as? PyType, cls.isSubtype(of: t) else {
                throw rt.error(rt.types.typeError, "SimpleNamespace.__new__(X): X is not a subtype of SimpleNamespace")
            }
            let instance = PyObject(type: cls)
            instance.dict = rt.newDict()
            return .object(instance)
        }
        defineMethod(t, "__init__") { rt, args, kwargs in
            if args.count > 1 { throw rt.error(rt.types.typeError, "no positional arguments expected") }
            guard let kwargs, let dict = args[0].object?.dict else { return .none }
            for (key, value) in kwargs.items {
                guard rt.strValue(key) != nil else { throw rt.error(rt.types.typeError, "keywords must be strings") }
                try rt.dictSet(dict, key, value)
            }
            return .none
        }
        defineMethod(t, "__repr__") { rt, args, _ in
            guard case .object(let o) = args[0] else { return rt.str("") }
            let name = o.type === t ? "namespace" : o.type.name
            guard rt.enterRepr(o) else { return rt.str("\(name)(...)") }
            defer { rt.leaveRepr(o) }
            var parts: [String] = []
            for (key, value) in o.dict?.items ?? [] {
                guard let text = rt.strValue(key) else { continue }
                parts.append("\(text)=\(try rt.repr(value))")
            }
            return rt.str("\(name)(\(parts.joined(separator: ", ")))")
        }
        for (name, isEqual) in [("__eq__", true), ("__ne__", false)] {
            defineMethod(t, name) { rt, args, _ in
                guard args.count == 2, case .object(let a) = args[0], case .object(let b) = args[1],
                      b.type.isSubtype(of: t), let x = a.dict, let y = b.dict else {
                    return .object(rt.notImplemented)
                }
                return .bool(try rt.dictsEqual(x, y) == isEqual)
            }
        }
        t.namespace.setString(staticName("__hash__"), .none)
        return t
    }

    /// sys.implementation: a SimpleNamespace, as in CPython.
    func makeImplementationNamespace(versionInfo: Value) -> Value {
        let t = makeSimpleNamespaceType()
        let instance = PyObject(type: t)
        let dict = newDict()
        dict.setString(intern("name"), str("cpython"))
        dict.setString(intern("cache_tag"), str("cpython-311"))
        dict.setString(intern("version"), versionInfo)
        dict.setString(intern("hexversion"), .int(0x030B07F0))
        dict.setString(intern("_multiarch"), str("x86_64-linux-gnu"))
        instance.dict = dict
        return .object(instance)
    }
}
