// The methods and slot wrappers of `set` and `frozenset`, registered from declarative tables
// keyed by the exact Python names, with CPython's argument-count and descriptor TypeErrors.

/// How a builtin method takes its arguments (CPython's METH_* flags; slots are wrappers).
enum MethodArity {
    case noArgs      // METH_NOARGS
    case one         // METH_O
    case varargs     // METH_VARARGS
    case slotNoArgs  // a slot wrapper like __len__
    case slotOne     // a slot wrapper like __or__
}

extension Runtime {
    /// A set method's body: the receiver, and all arguments with `self` at index 0.
    typealias SetMethodBody = (Runtime, PySet, [Value]) throws -> Value

    /// Checks a builtin method's argument count (`count` excludes `self`) and that no
    /// keywords were passed; the messages are built only on failure.
    @inline(__always)
    func checkMethodArity(_ owner: String, _ name: String, _ arity: MethodArity,
                          _ count: Int, _ kwargs: PyDict?) throws {
        let countOK: Bool
        switch arity {
        case .noArgs, .slotNoArgs: countOK = count == 0
        case .one, .slotOne: countOK = count == 1
        case .varargs: countOK = true
        }
        if countOK && (kwargs?.count ?? 0) == 0 { return }
        throw methodArityError(owner, name, arity, count, kwargs)
    }

    /// CPython's wording for a method or slot wrapper called with the wrong arguments.
    @inline(never)
    func methodArityError(_ owner: String, _ name: String, _ arity: MethodArity,
                          _ count: Int, _ kwargs: PyDict?) -> PyException {
        let isSlot = arity == .slotNoArgs || arity == .slotOne
        if let kwargs, kwargs.count > 0 {
            return error(types.typeError, isSlot ? "wrapper \(name)() takes no keyword arguments"
                                                 : "\(owner).\(name)() takes no keyword arguments")
        }
        switch arity {
        case .noArgs: return error(types.typeError, "\(owner).\(name)() takes no arguments (\(count) given)")
        case .one: return error(types.typeError, "\(owner).\(name)() takes exactly one argument (\(count) given)")
        case .slotNoArgs: return error(types.typeError, "expected 0 arguments, got \(count)")
        default: return error(types.typeError, "expected 1 argument, got \(count)")
        }
    }

    /// `self` of a set method, or the TypeError of CPython's method descriptors.
    func setReceiver(_ args: [Value], _ owner: PyType, _ name: String) throws -> PySet {
        guard let first = args.first else {
            throw error(types.typeError, "unbound method \(owner.name).\(name)() needs an argument")
        }
        guard case .object(let o) = first, let s = o as? PySet, o.type.isSubtype(of: owner) else {
            if name.hasPrefix("__") {
                throw error(types.typeError,
                            "descriptor '\(name)' requires a '\(owner.name)' object but received a '\(typeName(first))'")
            }
            throw error(types.typeError,
                        "descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(typeName(first))' object")
        }
        return s
    }

    /// The class argument of `set.__new__` / `frozenset.__new__`.
    func setNewClass(_ args: [Value], _ base: PyType) throws -> PyType {
        guard let first = args.first else {
            throw error(types.typeError, "\(base.name).__new__(): not enough arguments")
        }
        guard case .object(let o) = first, let cls = o as? PyType else {
            throw error(types.typeError, "\(base.name).__new__(X): X is not a type object (\(typeName(first)))")
        }
        guard cls.isSubtype(of: base) else {
            throw error(types.typeError, "\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(base.name)")
        }
        return cls
    }

    func installSetTypes() {
        let t = types
        builtins.setString(staticName("set"), .object(t.set))
        builtins.setString(staticName("frozenset"), .object(t.frozenset))

        for frozen in [false, true] {
            let type = frozen ? t.frozenset : t.set
            var table = Runtime.sharedSetMethods
            if !frozen { table += Runtime.mutatingSetMethods }
            for (name, arity, body) in table {
                defineMethod(type, name) { rt, args, kwargs in
                    let owner = frozen ? rt.types.frozenset : rt.types.set
                    let s = try rt.setReceiver(args, owner, name)
                    try rt.checkMethodArity(owner.name, name, arity, args.count - 1, kwargs)
                    return try body(rt, s, args)
                }
            }
        }
        // set is unhashable (tp_hash = PyObject_HashNotImplemented); frozenset hashes its entries.
        t.set.namespace.setString(staticName("__hash__"), .none)

        defineStatic(t.set, "__new__") { rt, args, kwargs in
            let cls = try rt.setNewClass(args, rt.types.set)
            if cls === rt.types.set, let kwargs, kwargs.count > 0 {
                throw rt.error(rt.types.typeError, "set() takes no keyword arguments")
            }
            return .object(PySet(type: cls))
        }
        defineMethod(t.set, "__init__") { rt, args, kwargs in
            let s = try rt.setReceiver(args, rt.types.set, "__init__")
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "set() takes no keyword arguments") }
            let rest = args.dropFirst()
            if rest.count > 1 {
                throw rt.error(rt.types.typeError, "\(s.type.name) expected at most 1 argument, got \(rest.count)")
            }
            if s.fill > 0 { s.clear() }
            s.cachedHash = nil
            if let iterable = rest.first { try rt.setUpdateInternal(s, iterable) }
            return .none
        }
        defineStatic(t.frozenset, "__new__") { rt, args, kwargs in
            let cls = try rt.setNewClass(args, rt.types.frozenset)
            // Keywords are refused unless a subclass brings its own __init__ to take them.
            let ownInit = !(cls.lookup(rt.staticName("__init__"))?.object is PyBuiltinFunction)
            if !ownInit || cls === rt.types.frozenset, let kwargs, kwargs.count > 0 {
                throw rt.error(rt.types.typeError, "frozenset() takes no keyword arguments")
            }
            let rest = args.dropFirst()
            if rest.count > 1 {
                throw rt.error(rt.types.typeError, "\(cls.name) expected at most 1 argument, got \(rest.count)")
            }
            // frozenset(f) is f itself for an exact frozenset.
            if cls === rt.types.frozenset, let iterable = rest.first, case .object(let o) = iterable,
               o.type === rt.types.frozenset {
                return iterable
            }
            return .object(try rt.makeSet(cls, rest.first))
        }
    }

    /// Methods and slots of both set and frozenset.
    static var sharedSetMethods: [(String, MethodArity, SetMethodBody)] { [
        ("__contains__", .one, { rt, s, a in .bool(try rt.setContains(s, a[1])) }),
        ("copy", .noArgs, { rt, s, _ in
            // frozenset.copy of an exact frozenset is the frozenset itself.
            if s.type === rt.types.frozenset { return .object(s) }
            return .object(try rt.setCopy(s))
        }),
        ("difference", .varargs, { rt, s, a in .object(try rt.setDifferenceMulti(s, Array(a.dropFirst()))) }),
        ("intersection", .varargs, { rt, s, a in .object(try rt.setIntersectionMulti(s, Array(a.dropFirst()))) }),
        ("isdisjoint", .one, { rt, s, a in .bool(try rt.setIsDisjoint(s, a[1])) }),
        ("issubset", .one, { rt, s, a in .bool(try rt.setIsSubset(s, a[1])) }),
        ("issuperset", .one, { rt, s, a in .bool(try rt.setIsSuperset(s, a[1])) }),
        ("symmetric_difference", .one, { rt, s, a in .object(try rt.setSymmetricDifference(s, a[1])) }),
        ("union", .varargs, { rt, s, a in .object(try rt.setUnion(s, Array(a.dropFirst()))) }),
        ("__len__", .slotNoArgs, { _, s, _ in .int(s.used) }),
        ("__iter__", .slotNoArgs, { rt, s, _ in .object(PySetIterator(type: rt.types.setIterator, set: s)) }),
        ("__hash__", .slotNoArgs, { rt, s, _ in .int(s.frozensetHash) }),
        ("__eq__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .eq) }),
        ("__ne__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .ne) }),
        ("__lt__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .lt) }),
        ("__le__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .le) }),
        ("__gt__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .gt) }),
        ("__ge__", .slotOne, { rt, s, a in try rt.setRichCompare(s, a[1], .ge) }),
        // Binary slots: NotImplemented unless both operands are sets; the reflected forms
        // call the same operation with the operands in source order.
        ("__or__", .slotOne, { rt, s, a in try rt.setOperator(.or, .object(s), a[1]) }),
        ("__ror__", .slotOne, { rt, s, a in try rt.setOperator(.or, a[1], .object(s)) }),
        ("__and__", .slotOne, { rt, s, a in try rt.setOperator(.and, .object(s), a[1]) }),
        ("__rand__", .slotOne, { rt, s, a in try rt.setOperator(.and, a[1], .object(s)) }),
        ("__sub__", .slotOne, { rt, s, a in try rt.setOperator(.subtract, .object(s), a[1]) }),
        ("__rsub__", .slotOne, { rt, s, a in try rt.setOperator(.subtract, a[1], .object(s)) }),
        ("__xor__", .slotOne, { rt, s, a in try rt.setOperator(.xor, .object(s), a[1]) }),
        ("__rxor__", .slotOne, { rt, s, a in try rt.setOperator(.xor, a[1], .object(s)) }),
    ] }

    /// Methods and in-place slots of set only.
    static var mutatingSetMethods: [(String, MethodArity, SetMethodBody)] { [
        ("add", .one, { rt, s, a in
            try rt.setAdd(s, a[1])
            return .none
        }),
        ("clear", .noArgs, { _, s, _ in
            s.clear()
            return .none
        }),
        ("discard", .one, { rt, s, a in
            try rt.setDiscard(s, a[1])
            return .none
        }),
        ("remove", .one, { rt, s, a in
            if !(try rt.setDiscard(s, a[1])) { throw rt.error(rt.types.keyError, args: [a[1]]) }
            return .none
        }),
        ("pop", .noArgs, { rt, s, _ in
            guard let v = s.pop() else { throw rt.error(rt.types.keyError, "pop from an empty set") }
            return v
        }),
        ("update", .varargs, { rt, s, a in
            for other in a.dropFirst() { try rt.setUpdateInternal(s, other) }
            return .none
        }),
        ("difference_update", .varargs, { rt, s, a in
            for other in a.dropFirst() { try rt.setDifferenceUpdateInternal(s, other) }
            return .none
        }),
        ("intersection_update", .varargs, { rt, s, a in
            try rt.setIntersectionUpdate(s, Array(a.dropFirst()))
            return .none
        }),
        ("symmetric_difference_update", .one, { rt, s, a in
            try rt.setSymmetricDifferenceUpdate(s, a[1])
            return .none
        }),
        ("__ior__", .slotOne, { rt, s, a in try rt.setInPlaceOperator(.or, s, a[1]) }),
        ("__iand__", .slotOne, { rt, s, a in try rt.setInPlaceOperator(.and, s, a[1]) }),
        ("__isub__", .slotOne, { rt, s, a in try rt.setInPlaceOperator(.subtract, s, a[1]) }),
        ("__ixor__", .slotOne, { rt, s, a in try rt.setInPlaceOperator(.xor, s, a[1]) }),
    ] }

    /// set_or / set_and / set_sub / set_xor: NotImplemented unless both are sets.
    func setOperator(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        guard let s = anySet(a), let other = anySet(b) else { return .object(notImplemented) }
        switch op {
        case .or: return .object(try setOr(s, other))
        case .and: return .object(try setIntersection(s, b))
        case .subtract: return .object(try setDifference(s, b))
        case .xor: return .object(try setSymmetricDifference(s, b))
        default: return .object(notImplemented)
        }
    }

    /// set_ior / set_iand / set_isub / set_ixor: update the receiver and return it.
    func setInPlaceOperator(_ op: BinaryOperator, _ s: PySet, _ b: Value) throws -> Value {
        guard anySet(b) != nil else { return .object(notImplemented) }
        switch op {
        case .or: try setUpdateInternal(s, b)
        case .and: try setIntersectionUpdate(s, [b])
        case .subtract: try setDifferenceUpdateInternal(s, b)
        case .xor: try setSymmetricDifferenceUpdate(s, b)
        default: return .object(notImplemented)
        }
        return .object(s)
    }

    /// The binary-operator fast path for exact sets and frozensets on both sides (subclasses
    /// and mixed operands take the dunder protocol); nil when it does not apply.
    func setBinary(_ op: BinaryOperator, inplace: Bool, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let x) = a, let s = x as? PySet, !x.type.isHeapType,
              case .object(let y) = b, y is PySet, !y.type.isHeapType else { return nil }
        switch op {
        case .or, .and, .subtract, .xor:
            if inplace && !s.isFrozen { return try setInPlaceOperator(op, s, b) }
            return try setOperator(op, a, b)
        default:
            return nil
        }
    }
}
