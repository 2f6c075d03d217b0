// The `match` statement's opcodes (PEP 634): GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS and MATCH_CLASS. Literal, value, capture, wildcard, or, as and guard patterns
// compile to ordinary comparisons and stores.

extension Runtime {
    /// Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview and subclasses (a class inherits
    /// the flag from its solid base, which is what its layout records). str, bytes and
    /// bytearray are not sequences for matching. collections.abc registration is not modelled.
    func isMatchSequence(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.type.layout {
        case .list, .tuple, .range: return true
        default: return o is PyMemoryView
        }
    }

    /// Py_TPFLAGS_MAPPING: dict and its subclasses, and mappingproxy.
    func isMatchMapping(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return o.type.layout == .dict || o is PyMappingProxy
    }

    /// _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself for these builtins
    /// and their subclasses (unless a class defines __match_args__).
    private func matchesSelf(_ t: PyType) -> Bool {
        switch t.layout {
        case .bool, .bytearray, .bytes, .dict, .float, .frozenset, .int, .list, .set, .str, .tuple: return true
        default: return false
        }
    }

    /// MATCH_KEYS (match_keys): the values of `keys` in the mapping `subject`, found through
    /// `subject.get(key, sentinel)`, as a tuple; None when a key is missing.
    func matchKeys(_ subject: Value, _ keysValue: Value) throws -> Value {
        guard let keys = keysValue.object as? PyTuple else {
            throw error(types.systemError, "MATCH_KEYS without a tuple of keys")
        }
        if keys.items.isEmpty { return tuple([]) }
        let get = try getAttribute(subject, staticName("get"))
        let seen = PySet(type: types.set)
        let sentinel = PyObject(type: types.object)
        var values: [Value] = []
        values.reserveCapacity(keys.items.count)
        for key in keys.items {
            if try setContains(seen, key) {
                throw error(types.valueError, "mapping pattern checks duplicate key (\(try repr(key)))")
            }
            try setAdd(seen, key)
            let value = try call(get, [key, .object(sentinel)])
            if case .object(let vo) = value, vo === sentinel { return .none }
            values.append(value)
        }
        return tuple(values)
    }

    /// MATCH_CLASS (match_class): for `case cls(p1, ..., k1=..., ...)`, the attributes to
    /// match as a tuple (positional ones named by cls.__match_args__, then the keywords),
    /// or None when the subject is not an instance or an attribute is missing.
    func matchClass(_ subject: Value, _ clsValue: Value, positional count: Int, _ namesValue: Value) throws -> Value {
        guard case .object(let co) = clsValue, let cls = co as? PyType else {
            throw error(types.typeError, "called match pattern must be a type")
        }
        guard let keywordNames = namesValue.object as? PyTuple else {
            throw error(types.systemError, "MATCH_CLASS without a tuple of names")
        }
        guard try isInstanceCheck(subject, clsValue) else { return .none }
        let seen = PySet(type: types.set)
        var attributes: [Value] = []
        if count > 0 {
            var matchArgs: [Value] = []
            var matchSelf = false
            if let declared = try lookupOptionalAttribute(clsValue, staticName("__match_args__")) {
                guard case .object(let mo) = declared, let t = mo as? PyTuple, mo.type === types.tuple else {
                    throw error(types.typeError, "\(cls.name).__match_args__ must be a tuple (got \(typeName(declared)))")
                }
                matchArgs = t.items
            } else {
                matchSelf = matchesSelf(cls)
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < count {
                throw error(types.typeError,
                            "\(cls.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(count) given)")
            }
            if matchSelf {
                attributes.append(subject)
            } else {
                for name in matchArgs.prefix(count) {
                    guard case .object(let no) = name, let s = no as? PyStrObject, no.type === types.str else {
                        throw error(types.typeError, "__match_args__ elements must be strings (got \(typeName(name)))")
                    }
                    guard let attribute = try matchClassAttribute(subject, cls, s, seen) else { return .none }
                    attributes.append(attribute)
                }
            }
        }
        for name in keywordNames.items {
            guard let s = name.object as? PyStrObject else { continue }
            guard let attribute = try matchClassAttribute(subject, cls, s, seen) else { return .none }
            attributes.append(attribute)
        }
        return tuple(attributes)
    }

    /// match_class_attr: one attribute of the subject (nil when missing); naming an
    /// attribute twice is a TypeError.
    private func matchClassAttribute(_ subject: Value, _ cls: PyType, _ name: PyStrObject,
                                     _ seen: PySet) throws -> Value? {
        if try setContains(seen, .object(name)) {
            throw error(types.typeError, "\(cls.name)() got multiple sub-patterns for attribute \(try repr(.object(name)))")
        }
        try setAdd(seen, .object(name))
        return try lookupOptionalAttribute(subject, name)
    }
}
