// types.GenericAlias: what `list[int]` evaluates to (PEP 585). Builtin generic classes get
// a `__class_getitem__` classmethod that builds one. types.UnionType: `int | str` (PEP 604).

public final class PyGenericAlias: PyObject {
    public let origin: Value
    public let args: [Value]
    init(type: PyType, origin: Value, args: [Value]) {
        self.origin = origin
        self.args = args
        super.init(type: type)
    }
}

/// `int | str`: the member types, flattened and without duplicates.
public final class PyUnion: PyObject {
    public let args: [Value]
    init(type: PyType, args: [Value]) {
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
        installUnionType()
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
        // `class A(list[int])` derives from the origin (PEP 560).
        defineMethod(alias, "__mro_entries__") { rt, args, kwargs in
            try rt.expectArgs("__mro_entries__", args.dropFirst(), kwargs, min: 1, max: 1)
            guard let g = args[0].object as? PyGenericAlias else { return rt.tuple([]) }
            return rt.tuple([g.origin])
        }
        // Calling the alias instantiates the origin class.
        defineMethod(alias, "__call__") { rt, args, kwargs in
            guard let g = args[0].object as? PyGenericAlias else { return .none }
            return try rt.call(g.origin, Array(args.dropFirst()), kwargs: kwargs)
        }
    }

    func installUnionType() {
        let t = types
        // type.__or__ / __ror__ (and the same on aliases and unions): a union when both
        // operands can be union members, NotImplemented otherwise.
        for owner in [t.type, t.genericAlias, t.unionType] {
            defineMethod(owner, "__or__") { rt, args, _ in
                try rt.expectSlotArgs(args, 1)
                return rt.makeUnion(args[0], args[1]) ?? .object(rt.notImplemented)
            }
            defineMethod(owner, "__ror__") { rt, args, _ in
                try rt.expectSlotArgs(args, 1)
                return rt.makeUnion(args[1], args[0]) ?? .object(rt.notImplemented)
            }
        }
        defineMethod(t.unionType, "__eq__") { rt, args, _ in
            guard args.count == 2, let a = args[0].object as? PyUnion, let b = args[1].object as? PyUnion else {
                return .object(rt.notImplemented)
            }
            let sameSize = a.args.count == b.args.count
            return .bool(try sameSize && a.args.allSatisfy { x in try b.args.contains { try rt.equal(x, $0) } })
        }
        defineMethod(t.unionType, "__hash__") { rt, args, _ in
            guard let u = args[0].object as? PyUnion else { return .int(0) }
            return .int(try u.args.reduce(0) { $0 ^ (try rt.hash($1)) })
        }
    }

    /// A union member: a class, None, an alias or another union.
    func isUnionMember(_ v: Value) -> Bool {
        if v.isNone { return true }
        guard case .object(let o) = v else { return false }
        return o is PyType || o is PyGenericAlias || o is PyUnion
    }

    /// _Py_union_type_or: nil when either side cannot be part of a union.
    func makeUnion(_ a: Value, _ b: Value) -> Value? {
        guard isUnionMember(a), isUnionMember(b) else { return nil }
        var members: [Value] = []
        for side in [a, b] {
            for item in (side.object as? PyUnion)?.args ?? [side] {
                let member: Value = item.isNone ? .object(types.none) : item
                if !members.contains(where: { $0.isIdentical(to: member) }) { members.append(member) }
            }
        }
        if members.count == 1 { return members[0] }
        return .object(PyUnion(type: types.unionType, args: members))
    }

    /// union_repr: `int | str | None`.
    func unionRepr(_ u: PyUnion) throws -> String {
        try u.args.map { v in
            if case .object(let o) = v, o === types.none { return "None" }
            return try typingRepr(v)
        }.joined(separator: " | ")
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
        case "__class__", "__or__", "__ror__", "__reduce__", "__copy__", "__deepcopy__", "__dir__": return nil
        default: return try getAttribute(g.origin, intern(name))
        }
    }

    /// ga_repr: `list[int]`, `dict[str, int]`, `tuple[int, ...]`, `tuple[()]`.
    func genericAliasRepr(_ g: PyGenericAlias) throws -> String {
        let inner = g.args.isEmpty ? "()" : try g.args.map(typingRepr).joined(separator: ", ")
        return "\(try typingRepr(g.origin))[\(inner)]"
    }

    /// ga_repr_item: classes by qualified name, `...` for Ellipsis, other values by repr.
    func typingRepr(_ v: Value) throws -> String {
        if case .object(let o) = v {
            if o === ellipsis { return "..." }
            if let inner = o as? PyGenericAlias { return try genericAliasRepr(inner) }
            if let t = o as? PyType {
                return t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
            }
        }
        return try repr(v)
    }
}
