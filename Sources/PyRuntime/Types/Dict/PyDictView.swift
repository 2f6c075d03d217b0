// dict views (`dict_keys`, `dict_values`, `dict_items`: live windows on a dict), the reverse
// dict iterators, the read-only `mappingproxy` that views expose as `.mapping`, and their
// methods: set algebra on keys and items views as dictobject.c does it (results are sets).

public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    /// The viewed dict (`PyObject.dict` is the instance `__dict__`, hence the name).
    public let dictionary: PyDict
    public let kind: Kind
    init(type: PyType, dict: PyDict, kind: Kind) {
        self.dictionary = dict
        self.kind = kind
        super.init(type: type)
    }
}

/// `reversed(d)` and `reversed(d.keys())` etc.: entries from the last one backwards.
public final class PyDictReverseIterator: PyObject {
    private(set) var source: PyDict?
    let kind: PyDictView.Kind
    private var position: Int
    private var expectedCount: Int

    init(type: PyType, dict: PyDict, kind: PyDictView.Kind) {
        self.source = dict
        self.kind = kind
        self.position = dict.entries.count - 1
        self.expectedCount = dict.count
        super.init(type: type)
    }

    func next(_ rt: Runtime) throws -> Value? {
        guard let d = source else { return nil }
        if d.count != expectedCount {
            expectedCount = -1
            throw rt.error(rt.types.runtimeError, "dictionary changed size during iteration")
        }
        var p = min(position, d.entries.count - 1)
        while p >= 0 && d.entries[p].key.isNull { p -= 1 }
        guard p >= 0 else {
            source = nil
            return nil
        }
        position = p - 1
        let e = d.entries[p]
        switch kind {
        case .keys: return e.key
        case .values: return e.value
        case .items: return rt.tuple([e.key, e.value])
        }
    }
}

/// `types.MappingProxyType`: a read-only view of a mapping.
public final class PyMappingProxy: PyObject {
    public let mapping: Value
    /// For `SomeType.__dict__`: the type, so a builtin type's slot wrappers (made on demand,
    /// not stored in its namespace) can be read through the proxy.
    public private(set) var owner: PyType?
    init(type: PyType, mapping: Value, owner: PyType? = nil) {
        self.mapping = mapping
        self.owner = owner
        super.init(type: type)
    }
}

extension Runtime {
    func dictView(_ v: Value) -> PyDictView? {
        if case .object(let o) = v { return o as? PyDictView }
        return nil
    }

    /// keys and items views behave as sets (PyDictViewSet_Check).
    func isSetLikeView(_ v: Value) -> Bool {
        guard let view = dictView(v) else { return false }
        return view.kind != .values
    }

    func dictViewIterator(_ view: PyDictView) -> Value {
        let type: PyType
        switch view.kind {
        case .keys: type = types.dictKeyIterator
        case .values: type = types.dictValueIterator
        case .items: type = types.dictItemIterator
        }
        let kind: PyDictIterator.Kind = view.kind == .keys ? .keys : view.kind == .values ? .values : .items
        return .object(PyDictIterator(type: type, dict: view.dictionary, kind: kind))
    }

    func dictReverseIterator(_ d: PyDict, _ kind: PyDictView.Kind) -> Value {
        let type: PyType
        switch kind {
        case .keys: type = types.dictReverseKeyIterator
        case .values: type = types.dictReverseValueIterator
        case .items: type = types.dictReverseItemIterator
        }
        return .object(PyDictReverseIterator(type: type, dict: d, kind: kind))
    }

    /// `x in view`: keys look up, items compare the value too, values scan.
    func dictViewContains(_ view: PyDictView, _ item: Value) throws -> Bool {
        switch view.kind {
        case .keys:
            return try dictGet(view.dictionary, item) != nil
        case .items:
            // dictitems_contains: only 2-tuples can be members.
            guard case .object(let o) = item, let pair = o as? PyTuple, pair.items.count == 2 else { return false }
            guard let found = try dictGet(view.dictionary, pair.items[0]) else { return false }
            return try equal(found, pair.items[1])
        case .values:
            let it = dictViewIterator(view)
            while let v = try next(it) { if try equal(v, item) { return true } }
            return false
        }
    }

    /// `dictview_repr`: `dict_keys(['a'])`.
    func dictViewRepr(_ view: PyDictView) throws -> String {
        let items = try toArray(.object(view))
        return "\(view.type.name)(\(try repr(list(items))))"
    }

    // MARK: set operations (dictviews_sub/or/xor, _PyDictView_Intersect)

    /// `dictviews_to_set`: a keys view of an exact dict copies the dict's keys directly.
    func dictViewToSet(_ v: Value) throws -> PySet {
        if let view = dictView(v), view.kind == .keys, view.dictionary.type === types.dict {
            return try makeSet(types.set, .object(view.dictionary))
        }
        return try makeSet(types.set, v)
    }

    /// The binary operators of keys/items views; `a` and `b` are in source order (either can
    /// be the view), as the number slots receive them.
    func dictViewOperator(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .subtract:
            let result = try dictViewToSet(a)
            try setDifferenceUpdateInternal(result, b)
            return .object(result)
        case .or:
            let result = try dictViewToSet(a)
            try setUpdateInternal(result, b)
            return .object(result)
        case .xor:
            if let x = dictView(a), x.kind == .items, let y = dictView(b), y.kind == .items {
                return .object(try dictItemsXor(x.dictionary, y.dictionary))
            }
            let result = try dictViewToSet(a)
            try setSymmetricDifferenceUpdate(result, b)
            return .object(result)
        case .and:
            return try dictViewIntersect(a, b)
        default:
            return .object(notImplemented)
        }
    }

    /// `_PyDictView_Intersect`.
    func dictViewIntersect(_ a: Value, _ b: Value) throws -> Value {
        var selfValue = a, other = b
        if !isSetLikeView(selfValue) { swap(&selfValue, &other) }
        guard var view = dictView(selfValue) else { return .object(notImplemented) }
        let lenSelf = view.dictionary.count
        // A larger exact set does the work: other.intersection(self).
        if case .object(let o) = other, let s = o as? PySet, o.type === types.set, lenSelf <= s.used {
            return .object(try setIntersectionMulti(s, [selfValue]))
        }
        if let otherView = dictView(other), otherView.kind != .values, otherView.dictionary.count > lenSelf {
            swap(&selfValue, &other)
            view = otherView
        }
        let result = PySet(type: types.set)
        let it = try getIter(other)
        while let key = try next(it) {
            if try dictViewContains(view, key) { try setAdd(result, key) }
        }
        return .object(result)
    }

    /// `dictitems_xor`: pairs of either dict whose key is missing or has another value.
    func dictItemsXor(_ d1: PyDict, _ d2: PyDict) throws -> PySet {
        let temp = newDict()
        for (k, v) in d1.items { try dictSet(temp, k, v) }
        let result = PySet(type: types.set)
        var position = 0
        while let entry = d2.nextEntryWithHash(from: position) {
            position = entry.position + 1
            let eq: (Value, Value) throws -> Bool = { try self.equal($0, $1) }
            var toDelete = false
            if let v1 = try temp.get(entry.key, hash: entry.hash, equal: eq) {
                toDelete = try equal(v1, entry.value)
            }
            if toDelete {
                try temp.remove(entry.key, hash: entry.hash, equal: eq)
            } else {
                try setAdd(result, tuple([entry.key, entry.value]))
            }
        }
        try setUpdateInternal(result, .object(PyDictView(type: types.dictItems, dict: temp, kind: .items)))
        return result
    }

    /// `dictview_richcompare`: set comparison by membership against any set or set-like view.
    func dictViewRichCompare(_ view: PyDictView, _ other: Value, _ op: CompareOp) throws -> Value {
        guard anySet(other) != nil || isSetLikeView(other) else { return .object(notImplemented) }
        let me = Value.object(view)
        let lenSelf = view.dictionary.count
        let lenOther = try length(other)
        var ok = false
        switch op {
        case .eq, .ne:
            if lenSelf == lenOther { ok = try allContained(me, in: other) }
            if op == .ne { ok = !ok }
        case .lt: if lenSelf < lenOther { ok = try allContained(me, in: other) }
        case .le: if lenSelf <= lenOther { ok = try allContained(me, in: other) }
        case .gt: if lenSelf > lenOther { ok = try allContained(other, in: me) }
        case .ge: if lenSelf >= lenOther { ok = try allContained(other, in: me) }
        }
        return .bool(ok)
    }

    /// `all_contained_in`.
    func allContained(_ a: Value, in b: Value) throws -> Bool {
        let it = try getIter(a)
        while let item = try next(it) { if !(try contains(b, item)) { return false } }
        return true
    }

    /// `dictviews_isdisjoint`.
    func dictViewIsDisjoint(_ view: PyDictView, _ other: Value) throws -> Bool {
        var selfValue = Value.object(view), otherValue = other
        if other.object === view { return view.dictionary.count == 0 }
        if anySet(other) != nil || isSetLikeView(other) {
            if try length(other) > view.dictionary.count { swap(&selfValue, &otherValue) }
        }
        let it = try getIter(otherValue)
        while let item = try next(it) { if try contains(selfValue, item) { return false } }
        return true
    }

    // MARK: registration

    func installDictViews() {
        let t = types
        defineMethod(t.dict, "keys") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "keys")
            try rt.checkMethodArity("dict", "keys", .noArgs, args.count - 1, kwargs)
            return .object(PyDictView(type: rt.types.dictKeys, dict: d, kind: .keys))
        }
        defineMethod(t.dict, "values") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "values")
            try rt.checkMethodArity("dict", "values", .noArgs, args.count - 1, kwargs)
            return .object(PyDictView(type: rt.types.dictValues, dict: d, kind: .values))
        }
        defineMethod(t.dict, "items") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "items")
            try rt.checkMethodArity("dict", "items", .noArgs, args.count - 1, kwargs)
            return .object(PyDictView(type: rt.types.dictItems, dict: d, kind: .items))
        }
        defineMethod(t.dict, "__reversed__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__reversed__")
            try rt.checkMethodArity("dict", "__reversed__", .noArgs, args.count - 1, kwargs)
            return rt.dictReverseIterator(d, .keys)
        }
        defineMethod(t.dict, "__iter__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__iter__")
            try rt.checkMethodArity("dict", "__iter__", .slotNoArgs, args.count - 1, kwargs)
            return .object(PyDictIterator(type: rt.types.dictKeyIterator, dict: d, kind: .keys))
        }
        defineMethod(t.dict, "__len__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__len__")
            try rt.checkMethodArity("dict", "__len__", .slotNoArgs, args.count - 1, kwargs)
            return .int(d.count)
        }

        for (type, kind) in [(t.dictKeys, PyDictView.Kind.keys), (t.dictValues, .values), (t.dictItems, .items)] {
            var table: [(String, MethodArity, (Runtime, PyDictView, [Value]) throws -> Value)] = [
                ("__len__", .slotNoArgs, { _, v, _ in .int(v.dictionary.count) }),
                ("__iter__", .slotNoArgs, { rt, v, _ in rt.dictViewIterator(v) }),
                ("__reversed__", .noArgs, { rt, v, _ in rt.dictReverseIterator(v.dictionary, v.kind) }),
            ]
            if kind != .values {
                table += [
                    ("__contains__", .slotOne, { rt, v, a in .bool(try rt.dictViewContains(v, a[1])) }),
                    ("isdisjoint", .one, { rt, v, a in .bool(try rt.dictViewIsDisjoint(v, a[1])) }),
                    ("__eq__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .eq) }),
                    ("__ne__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .ne) }),
                    ("__lt__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .lt) }),
                    ("__le__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .le) }),
                    ("__gt__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .gt) }),
                    ("__ge__", .slotOne, { rt, v, a in try rt.dictViewRichCompare(v, a[1], .ge) }),
                    ("__or__", .slotOne, { rt, v, a in try rt.dictViewOperator(.or, .object(v), a[1]) }),
                    ("__ror__", .slotOne, { rt, v, a in try rt.dictViewOperator(.or, a[1], .object(v)) }),
                    ("__and__", .slotOne, { rt, v, a in try rt.dictViewOperator(.and, .object(v), a[1]) }),
                    ("__rand__", .slotOne, { rt, v, a in try rt.dictViewOperator(.and, a[1], .object(v)) }),
                    ("__sub__", .slotOne, { rt, v, a in try rt.dictViewOperator(.subtract, .object(v), a[1]) }),
                    ("__rsub__", .slotOne, { rt, v, a in try rt.dictViewOperator(.subtract, a[1], .object(v)) }),
                    ("__xor__", .slotOne, { rt, v, a in try rt.dictViewOperator(.xor, .object(v), a[1]) }),
                    ("__rxor__", .slotOne, { rt, v, a in try rt.dictViewOperator(.xor, a[1], .object(v)) }),
                ]
                // A rich comparison without a hash makes the type unhashable, as in CPython.
                type.namespace.setString(staticName("__hash__"), .none)
            }
            let typeName = type.name
            for (name, arity, body) in table {
                defineMethod(type, name) { rt, args, kwargs in
                    guard let first = args.first else {
                        throw rt.error(rt.types.typeError, "unbound method \(typeName).\(name)() needs an argument")
                    }
                    guard let view = rt.dictView(first), view.type.name == typeName else {
                        throw rt.error(rt.types.typeError,
                                       "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(rt.typeName(first))' object")
                    }
                    try rt.checkMethodArity(typeName, name, arity, args.count - 1, kwargs)
                    return try body(rt, view, args)
                }
            }
            let getter = PyBuiltinFunction(type: t.builtinFunction, name: "mapping") { rt, args, _ in
                guard let view = args.first.flatMap(rt.dictView) else { return .none }
                return .object(PyMappingProxy(type: rt.types.mappingProxy, mapping: .object(view.dictionary)))
            }
            type.namespace.setString(staticName("mapping"), .object(PyProperty(type: t.property, getter: .object(getter),
                                                                           setter: .none, deleter: .none, doc: .none)))
        }

        // mappingproxy: reads go to the wrapped mapping.
        let proxyMethods: [(String, MethodArity, (Runtime, Value, [Value]) throws -> Value)] = [
            ("__getitem__", .slotOne, { rt, m, a in
                do {
                    return try rt.getItem(m, a[1])
                } catch let e as PyException where e.exception.type === rt.types.keyError {
                    if let proxy = a[0].object as? PyMappingProxy, let owner = proxy.owner, !owner.isHeapType,
                       let name = rt.strValue(a[1]), let wrapper = rt.slotWrapper(owner, name) { return wrapper }
                    throw e
                }
            }),
            ("__len__", .slotNoArgs, { rt, m, _ in .int(try rt.length(m)) }),
            ("__iter__", .slotNoArgs, { rt, m, _ in try rt.getIter(m) }),
            ("__contains__", .slotOne, { rt, m, a in .bool(try rt.contains(m, a[1])) }),
            ("__eq__", .slotOne, { rt, m, a in try rt.compare(m, a[1], .eq) }),
            ("__ne__", .slotOne, { rt, m, a in try rt.compare(m, a[1], .ne) }),
            ("get", .varargs, { rt, m, a in
                try rt.expectArgs("get", Array(a.dropFirst()), nil, min: 1, max: 2)
                return try rt.call(try rt.getAttribute(m, rt.staticName("get")), Array(a.dropFirst()))
            }),
            ("keys", .noArgs, { rt, m, _ in try rt.call(try rt.getAttribute(m, rt.staticName("keys")), []) }),
            ("values", .noArgs, { rt, m, _ in try rt.call(try rt.getAttribute(m, rt.staticName("values")), []) }),
            ("items", .noArgs, { rt, m, _ in try rt.call(try rt.getAttribute(m, rt.staticName("items")), []) }),
            ("copy", .noArgs, { rt, m, _ in try rt.call(try rt.getAttribute(m, rt.staticName("copy")), []) }),
        ]
        // types.MappingProxyType(mapping): anything with __getitem__ except lists and tuples
        // (CPython's mappingproxy_check_mapping).
        defineStatic(t.mappingProxy, "__new__") { rt, args, kwargs in
            let bound = try rt.bindArguments("mappingproxy", Array(args.dropFirst()), kwargs, names: ["mapping"], required: 1)
            guard let mapping = bound[0] else { return .none }
            let type = rt.typeOf(mapping)
            if type.isSubtype(of: rt.types.list) || type.isSubtype(of: rt.types.tuple)
                || type.lookup(rt.staticName("__getitem__")) == nil {
                throw rt.error(rt.types.typeError, "mappingproxy() argument must be a mapping, not \(type.name)")
            }
            return .object(PyMappingProxy(type: rt.types.mappingProxy, mapping: mapping))
        }
        defineMethod(t.mappingProxy, "__or__") { rt, args, _ in
            guard args.count == 2, let proxy = args[0].object as? PyMappingProxy else { return .object(rt.notImplemented) }
            let other = (args[1].object as? PyMappingProxy)?.mapping ?? args[1]
            return try rt.binaryOp(BinaryOperator.or.rawValue, proxy.mapping, other)
        }
        defineMethod(t.mappingProxy, "__ror__") { rt, args, _ in
            guard args.count == 2, let proxy = args[0].object as? PyMappingProxy else { return .object(rt.notImplemented) }
            return try rt.binaryOp(BinaryOperator.or.rawValue, args[1], proxy.mapping)
        }
        defineMethod(t.mappingProxy, "__reversed__") { rt, args, _ in
            guard let proxy = args.first?.object as? PyMappingProxy else { return .object(rt.notImplemented) }
            return try rt.call(try rt.getAttribute(proxy.mapping, rt.intern("__reversed__")), [])
        }
        t.mappingProxy.namespace.setString(staticName("__hash__"), .none)
        for (name, arity, body) in proxyMethods {
            defineMethod(t.mappingProxy, name) { rt, args, kwargs in
                guard let first = args.first, case .object(let o) = first, let proxy = o as? PyMappingProxy else {
                    throw rt.error(rt.types.typeError, "descriptor '\(name)' for 'mappingproxy' objects doesn't apply to a '\(rt.typeName(args.first ?? .none))' object")
                }
                try rt.checkMethodArity("mappingproxy", name, arity, args.count - 1, kwargs)
                return try body(rt, proxy.mapping, args)
            }
        }
    }

    /// `self` of a dict method.
    func dictReceiver(_ args: [Value], _ name: String) throws -> PyDict {
        guard let first = args.first else {
            throw error(types.typeError, "unbound method dict.\(name)() needs an argument")
        }
        guard case .object(let o) = first, let d = o as? PyDict else {
            throw error(types.typeError, "descriptor '\(name)' for 'dict' objects doesn't apply to a '\(typeName(first))' object")
        }
        return d
    }
}
