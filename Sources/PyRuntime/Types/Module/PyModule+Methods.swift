// types.ModuleType(name, doc=None): module objects made by Python code (CPython's
// module_new/module___init__ in Objects/moduleobject.c).

extension Runtime {
    func installModuleMethods() {
        let moduleType = types.module
        defineStatic(moduleType, "__new__") { rt, args, _ in
            guard let cls = args.first?.object as? PyType, cls.isSubtype(of: moduleType) else {
                throw rt.error(rt.types.typeError, "module.__new__(X): X is not a subtype of module")
            }
            return .object(PyModule(type: cls, name: "?", namespace: rt.newDict()))
        }
        defineMethod(moduleType, "__init__") { rt, args, kwargs in
            let bound = try rt.bindArguments("module", Array(args.dropFirst()), kwargs, names: ["name", "doc"], required: 1)
            guard let nameValue = bound[0], let name = rt.strValue(nameValue) else {
                throw rt.error(rt.types.typeError, "module() argument 'name' must be str, not \(rt.typeName(bound[0] ?? .none))")
            }
            guard let module = args[0].object as? PyModule else { return .none }
            let ns = module.namespace
            ns.setString(rt.staticName("__name__"), nameValue)
            ns.setString(rt.staticName("__doc__"), bound[1] ?? .none)
            for key in ["__package__", "__loader__", "__spec__"] where ns.lookupString(rt.intern(key)) == nil {
                ns.setString(rt.intern(key), .none)
            }
            module.name = name
            return .none
        }
    }
}
