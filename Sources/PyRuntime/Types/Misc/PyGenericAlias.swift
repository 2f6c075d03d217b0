// types.GenericAlias: what `list[int]` evaluates to (PEP 585). Builtin generic classes get
// a `__class_getitem__` classmethod that builds one.

public final class PyGenericAlias: PyObject {
    public let origin: Value
    public let args: [Value]
    init(type: PyType, origin: Value, args: [Value]) {
        self.origin = origin
        self.args = args
        super.init(type: type)
    }
}

extension Runtime {
    func installGenericAliases() {
        let t = types
        for generic in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type] {
            defineClassMethod(generic, "__class_getitem__") { rt, args, _ in
                guard args.count == 2 else {
                    throw rt.error(rt.types.typeError, "__class_getitem__() takes exactly one argument (\(max(0, args.count - 1)) given)")
                }
                return rt.genericAlias(args[0], args[1])
            }
        }
        let alias = t.genericAlias
        defineStatic(alias, "__new__") { rt, args, kwargs in
            if (kwargs?.count ?? 0) > 0 { throw rt.error(rt.types.typeError, "GenericAlias() takes no keyword arguments") }
            guard args.count == 3 else {
                throw rt.error(rt.types.typeError, "GenericAlias expected 2 arguments, got \(max(0, args.count - 1))")
            }
            return rt.genericAlias(args[1], args[2])
        }
        defineMethod(alias, "__repr__") { rt, args, _ in
            guard let g = args[0].object as? PyGenericAlias else { return rt.str("") }
            return rt.str(try rt.genericAliasRepr(g))
        }
        defineMethod(alias, "__eq__") { rt, args, _ in
            guard args.count == 2, let a = args[0].object as? PyGenericAlias, let b = args[1].object as? PyGenericAlias else {
                return .object(rt.notImplemented)
            }
            return .bool(try rt.equal(a.origin, b.origin) && rt.equal(rt.tuple(a.args), rt.tuple(b.args)))
        }
        defineMethod(alias, "__hash__") { rt, args, _ in
            guard let g = args[0].object as? PyGenericAlias else { return .int(0) }
            return .int(try rt.hash(g.origin) ^ rt.hash(rt.tuple(g.args)))
        }
        // Calling the alias instantiates the origin class.
        defineMethod(alias, "__call__") { rt, args, kwargs in
            guard let g = args[0].object as? PyGenericAlias else { return .none }
            return try rt.call(g.origin, Array(args.dropFirst()), kwargs: kwargs)
        }
    }

    func genericAlias(_ origin: Value, _ item: Value) -> Value {
        let args = (item.object as? PyTuple).flatMap { $0.type === types.tuple ? $0.items : nil } ?? [item]
        return .object(PyGenericAlias(type: types.genericAlias, origin: origin, args: args))
    }

    /// ga_getattro (reached from nativeAttribute, after the alias type's own methods): the
    /// alias's fields, and for other names the origin's attribute; nil for the dunders the
    /// alias itself answers (attribute lookup then reports them missing).
    func genericAliasAttribute(_ g: PyGenericAlias, _ name: String) throws -> Value? {
        switch name {
        case "__origin__": return g.origin
        case "__args__": return tuple(g.args)
        case "__parameters__": return tuple([])
        case "__unpacked__": return .bool(false)
        case "__class__", "__mro_entries__", "__reduce__", "__copy__", "__deepcopy__", "__dir__": return nil
        default: return try getAttribute(g.origin, intern(name))
        }
    }

    /// ga_repr: `list[int]`, `dict[str, int]`, `tuple[int, ...]`, `tuple[()]`.
    func genericAliasRepr(_ g: PyGenericAlias) throws -> String {
        func item(_ v: Value) throws -> String {
            if case .object(let o) = v {
                if o === ellipsis { return "..." }
                if let inner = o as? PyGenericAlias { return try genericAliasRepr(inner) }
                if let t = o as? PyType {
                    return t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
                }
            }
            return try repr(v)
        }
        let inner = g.args.isEmpty ? "()" : try g.args.map(item).joined(separator: ", ")
        return "\(try item(g.origin))[\(inner)]"
    }
}
