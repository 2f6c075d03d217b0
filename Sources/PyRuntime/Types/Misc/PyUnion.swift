// types.UnionType (`int | str`, PEP 604) and types.GenericAlias (`list[int]`, PEP 585):
// enough of both for isinstance/issubclass, repr, equality and hashing.

public final class PyUnion: PyObject {
    /// The member types, deduplicated, in order (None is stored as NoneType).
    public let args: [Value]
    init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }
}

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
    func installUnionTypes() {
        let t = types
        func make(_ name: String) -> PyType {
            let type = PyType(metatype: t.type, name: name, bases: [t.object], layout: .other, isHeapType: false,
                              namespace: newDict(), moduleName: "types")
            type.setLinearMRO()
            return type
        }
        unionType = make("UnionType")
        genericAliasType = make("GenericAlias")
        // type.__or__ / __ror__ and the same on unions and aliases (_Py_union_type_or).
        for owner in [t.type, unionType!, genericAliasType!] {
            defineMethod(owner, "__or__") { rt, args, _ in try rt.unionOr(args[0], args[1]) }
            defineMethod(owner, "__ror__") { rt, args, _ in try rt.unionOr(args[1], args[0]) }
        }
        defineMethod(unionType, "__eq__") { rt, args, _ in
            guard case .object(let a) = args[0], let u = a as? PyUnion, case .object(let b) = args[1], let v = b as? PyUnion else {
                return .object(rt.notImplemented)
            }
            let same = u.args.count == v.args.count && u.args.allSatisfy { x in v.args.contains { $0.isIdentical(to: x) } }
            return .bool(same)
        }
        defineMethod(unionType, "__hash__") { rt, args, _ in
            guard case .object(let a) = args[0], let u = a as? PyUnion else { return .int(0) }
            // hash(frozenset(args)): order-independent.
            var h = 0
            for x in u.args { h ^= try rt.hash(x) }
            return .int(h == -1 ? -2 : h)
        }
        for type in [t.list, t.tuple, t.dict, t.set, t.frozenset, t.type] {
            defineClassMethod(type, "__class_getitem__") { rt, args, _ in
                let items: [Value]
                if case .object(let o) = args[1], let tuple = o as? PyTuple, o.type === rt.types.tuple { items = tuple.items } else { items = [args[1]] }
                return .object(PyGenericAlias(type: rt.genericAliasType, origin: args[0], args: items))
            }
        }
    }

    /// Whether `v` may be a member of a union (a class, None, a union or a generic alias).
    func isUnionable(_ v: Value) -> Bool {
        if v.isNone { return true }
        guard case .object(let o) = v else { return false }
        return o is PyType || o is PyUnion || o is PyGenericAlias
    }

    /// `a | b` for types: a union, or NotImplemented when either side cannot take part.
    func unionOr(_ a: Value, _ b: Value) throws -> Value {
        guard isUnionable(a), isUnionable(b) else { return .object(notImplemented) }
        var members: [Value] = []
        for side in [a, b] {
            let parts: [Value]
            if case .object(let o) = side, let u = o as? PyUnion { parts = u.args } else { parts = [side.isNone ? .object(types.none) : side] }
            for p in parts where !members.contains(where: { $0.isIdentical(to: p) }) { members.append(p) }
        }
        if members.count == 1 { return members[0] }
        return .object(PyUnion(type: unionType, args: members))
    }

    /// The repr of a union member or alias argument (typing-style: `int`, `None`, `m.C`).
    func typeArgumentRepr(_ v: Value) throws -> String {
        if case .object(let o) = v {
            if o === types.none { return "None" }
            if o === ellipsis { return "..." }
            if let t = o as? PyType { return t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)" }
            if o is PyUnion || o is PyGenericAlias { return try builtinRepr(o) }
        }
        if v.isNone { return "None" }
        return try repr(v)
    }

    func unionRepr(_ u: PyUnion) throws -> String {
        try u.args.map { try typeArgumentRepr($0) }.joined(separator: " | ")
    }

    func genericAliasRepr(_ g: PyGenericAlias) throws -> String {
        let inner = g.args.isEmpty ? "()" : try g.args.map { try typeArgumentRepr($0) }.joined(separator: ", ")
        return try typeArgumentRepr(g.origin) + "[" + inner + "]"
    }
}
