// The methods of `dict` (dictobject.c's method table): lookups with __missing__, the
// update family shared by dict(), update(), |= and {**x}, popitem, fromkeys and PEP 584's
// | operators. Views and iteration live in PyDictView.swift.

extension Runtime {
    func installDictMethods() {
        let t = types
        defineStatic(t.dict, "__new__") { rt, args, _ in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls.isSubtype(of: rt.types.dict) else {
                throw rt.error(rt.types.typeError, "dict.__new__(X): X is not a subtype of dict")
            }
            return .object(PyDict(type: cls))
        }
        defineMethod(t.dict, "__init__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__init__")
            try rt.dictUpdateArguments(d, Array(args.dropFirst()), kwargs, name: "dict")
            return .none
        }
        defineMethod(t.dict, "update") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "update")
            try rt.dictUpdateArguments(d, Array(args.dropFirst()), kwargs, name: "update")
            return .none
        }
        defineMethod(t.dict, "get") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "get")
            try rt.expectArgs("get", args.dropFirst(), kwargs, min: 1, max: 2)
            return try rt.dictGet(d, args[1]) ?? (args.count > 2 ? args[2] : .none)
        }
        defineMethod(t.dict, "setdefault") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "setdefault")
            try rt.expectArgs("setdefault", args.dropFirst(), kwargs, min: 1, max: 2)
            if let v = try rt.dictGet(d, args[1]) { return v }
            let v = args.count > 2 ? args[2] : .none
            try rt.dictSet(d, args[1], v)
            return v
        }
        defineMethod(t.dict, "pop") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "pop")
            try rt.expectArgs("pop", args.dropFirst(), kwargs, min: 1, max: 2)
            if let v = try rt.dictRemove(d, args[1]) { return v }
            if args.count > 2 { return args[2] }
            throw rt.error(rt.types.keyError, args: [args[1]])
        }
        defineMethod(t.dict, "popitem") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "popitem")
            try rt.checkMethodArity("dict", "popitem", .noArgs, args.count - 1, kwargs)
            guard let (k, v) = d.removeLast() else {
                throw rt.error(rt.types.keyError, "popitem(): dictionary is empty")
            }
            return rt.tuple([k, v])
        }
        // dict_richcompare on the storage itself: dispatching through the protocol would call
        // a subclass's own __eq__ again (OrderedDict.__eq__ calls dict.__eq__(self, other)).
        for (name, isEqual) in [("__eq__", true), ("__ne__", false)] {
            defineMethod(t.dict, name) { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(max(0, args.count - 1))") }
                guard case .object(let a as PyDict) = args[0], case .object(let b as PyDict) = args[1] else {
                    return .object(rt.notImplemented)
                }
                return .bool(try rt.dictsEqual(a, b) == isEqual)
            }
        }
        defineMethod(t.dict, "copy") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "copy")
            try rt.checkMethodArity("dict", "copy", .noArgs, args.count - 1, kwargs)
            return .object(try rt.dictCopy(d))
        }
        defineMethod(t.dict, "clear") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "clear")
            try rt.checkMethodArity("dict", "clear", .noArgs, args.count - 1, kwargs)
            d.removeAll()
            return .none
        }
        defineClassMethod(t.dict, "fromkeys") { rt, args, kwargs in
            try rt.expectArgs("fromkeys", args.dropFirst(), kwargs, min: 1, max: 2)
            let value = args.count > 2 ? args[2] : .none
            let target = try rt.call(args[0], [])
            if case .object(let o) = target, let d = o as? PyDict, o.type === rt.types.dict {
                let it = try rt.getIter(args[1])
                while let k = try rt.next(it) { try rt.dictSet(d, k, value) }
            } else {
                let it = try rt.getIter(args[1])
                while let k = try rt.next(it) { try rt.setItem(target, k, value) }
            }
            return target
        }
        defineMethod(t.dict, "__getitem__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__getitem__")
            try rt.checkMethodArity("dict", "__getitem__", .one, args.count - 1, kwargs)
            return try rt.dictSubscript(d, args[1])
        }
        defineMethod(t.dict, "__setitem__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__setitem__")
            try rt.checkMethodArity("dict", "__setitem__", .varargs, args.count - 1, kwargs)
            guard args.count == 3 else { throw rt.error(rt.types.typeError, "expected 2 arguments, got \(args.count - 1)") }
            try rt.dictSet(d, args[1], args[2])
            return .none
        }
        defineMethod(t.dict, "__delitem__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__delitem__")
            try rt.checkMethodArity("dict", "__delitem__", .slotOne, args.count - 1, kwargs)
            if try rt.dictRemove(d, args[1]) == nil { throw rt.error(rt.types.keyError, args: [args[1]]) }
            return .none
        }
        defineMethod(t.dict, "__contains__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__contains__")
            try rt.checkMethodArity("dict", "__contains__", .one, args.count - 1, kwargs)
            return .bool(try rt.dictGet(d, args[1]) != nil)
        }
        // PEP 584: | builds a new plain dict (PyDict_Copy), |= accepts what update() accepts.
        defineMethod(t.dict, "__or__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__or__")
            try rt.checkMethodArity("dict", "__or__", .slotOne, args.count - 1, kwargs)
            guard case .object(let o) = args[1], let other = o as? PyDict else { return .object(rt.notImplemented) }
            let result = try rt.dictCopy(d)
            try rt.dictMerge(result, other)
            return .object(result)
        }
        defineMethod(t.dict, "__ror__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__ror__")
            try rt.checkMethodArity("dict", "__ror__", .slotOne, args.count - 1, kwargs)
            guard case .object(let o) = args[1], let other = o as? PyDict else { return .object(rt.notImplemented) }
            let result = try rt.dictCopy(other)
            try rt.dictMerge(result, d)
            return .object(result)
        }
        defineMethod(t.dict, "__ior__") { rt, args, kwargs in
            let d = try rt.dictReceiver(args, "__ior__")
            try rt.checkMethodArity("dict", "__ior__", .slotOne, args.count - 1, kwargs)
            try rt.dictUpdateFrom(d, args[1])
            return args[0]
        }
    }

    /// A plain-dict copy (PyDict_Copy: subclasses copy to `dict`).
    func dictCopy(_ d: PyDict) throws -> PyDict {
        let result = newDict()
        try dictMerge(result, d)
        return result
    }

    /// Inserts every entry of `source` (later keys win), the dict-to-dict fast path.
    func dictMerge(_ d: PyDict, _ source: PyDict) throws {
        for (k, v) in source.items { try dictSet(d, k, v) }
    }

    /// d[key] for dict and its subclasses: a subclass's __missing__ answers absent keys
    /// (looked up on the type only, as CPython's dict_subscript does).
    func dictSubscript(_ d: PyDict, _ key: Value) throws -> Value {
        if let v = try dictGet(d, key) { return v }
        if d.type !== types.dict, let missing = d.type.lookup(staticName("__missing__")) {
            return try callMethodValue(missing, .object(d), [key])
        }
        throw error(types.keyError, args: [key])
    }

    /// dict(*args, **kwargs) and d.update(*args, **kwargs): at most one positional source.
    func dictUpdateArguments(_ d: PyDict, _ args: [Value], _ kwargs: PyDict?, name: String) throws {
        if args.count > 1 { throw error(types.typeError, "\(name) expected at most 1 argument, got \(args.count)") }
        if let source = args.first { try dictUpdateFrom(d, source) }
        if let kwargs { try dictMerge(d, kwargs) }
    }

    /// dict_update_arg: a dict, an object with keys() (a mapping), or an iterable of pairs.
    func dictUpdateFrom(_ d: PyDict, _ source: Value) throws {
        if typeOf(source).lookup(staticName("keys")) != nil {
            try dictUpdate(d, source, merging: false)
            return
        }
        try dictMergeFromSequence(d, source)
    }

    /// PyDict_MergeFromSeq2: each element must be an iterable of exactly two items.
    func dictMergeFromSequence(_ d: PyDict, _ source: Value) throws {
        let it = try getIter(source)
        var n = 0
        while let item = try next(it) {
            let pair: [Value]
            do {
                pair = try toArray(item)
            } catch let e as PyException where e.exception.type === types.typeError {
                throw error(types.typeError, "cannot convert dictionary update sequence element #\(n) to a sequence")
            }
            guard pair.count == 2 else {
                throw error(types.valueError, "dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
            n += 1
        }
    }

    /// PyDict_Update / PyDict_Merge (DICT_UPDATE, DICT_MERGE, and mappings given to update):
    /// a dict source is copied directly, any other mapping through keys() and [].
    func dictUpdate(_ d: PyDict, _ other: Value, merging: Bool) throws {
        if case .object(let o) = other, let src = o as? PyDict {
            for (k, v) in src.items {
                if merging, try dictGet(d, k) != nil {
                    throw error(types.typeError, "got multiple values for keyword argument '\(try toStr(k))'")
                }
                try dictSet(d, k, v)
            }
            return
        }
        guard let keysMethod = typeOf(other).lookup(staticName("keys")) else {
            throw error(types.typeError, "'\(typeName(other))' object is not a mapping")
        }
        let keys = try toArray(try callMethodValue(keysMethod, other, []))
        for k in keys {
            let v = try getItem(other, k)
            if merging, try dictGet(d, k) != nil {
                throw error(types.typeError, "got multiple values for keyword argument '\(try toStr(k))'")
            }
            try dictSet(d, k, v)
        }
    }
}
