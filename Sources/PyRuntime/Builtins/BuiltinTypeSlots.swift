// The special methods builtin types expose for their type slots (list.__getitem__,
// dict.__getitem__, tuple.__add__, int.__format__, ...). They work on the object's own
// storage, never through the protocol, so a subclass that overrides one dunder still gets
// the builtin behaviour from `super()` and from the others, exactly as in CPython.

extension Runtime {
    func installContainerSlots() {
        let t = types
        installFormatMethods()
        // list
        defineMethod(t.list, "__getitem__") { rt, args, kwargs in
            try rt.expectArgs("list.__getitem__", args.dropFirst(), kwargs, min: 1, max: 1)
            guard let o = args[0].object, let v = try rt.nativeGetItem(o, args[0], args[1]) else { return .none }
            return v
        }
        defineMethod(t.list, "__setitem__") { rt, args, _ in
            try rt.expectSlotArgs(args, 2)
            if let o = args[0].object { _ = try rt.nativeSetItem(o, args[1], args[2]) }
            return .none
        }
        defineMethod(t.list, "__delitem__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            if let o = args[0].object { _ = try rt.nativeDeleteItem(o, args[1]) }
            return .none
        }
        defineMethod(t.list, "__len__") { rt, args, _ in
            try rt.expectSlotArgs(args, 0)
            return .int((args[0].object as? PyList)?.items.count ?? 0)
        }
        defineMethod(t.list, "__contains__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let o = args[0].object else { return .bool(false) }
            return .bool(try rt.nativeContains(o, args[1]) ?? false)
        }
        defineMethod(t.list, "__iter__") { rt, args, _ in
            try rt.expectSlotArgs(args, 0)
            guard let l = args[0].object as? PyList else { return .none }
            return .object(PySequenceIterator(type: rt.types.listIterator, .list(l)))
        }
        // Concatenation and repetition make plain lists; a non-list operand gives
        // NotImplemented so the other operand's reflected method still gets its turn.
        defineMethod(t.list, "__add__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let l = args[0].object as? PyList, let other = args[1].object as? PyList else {
                return .object(rt.notImplemented)
            }
            return rt.list(l.items + other.items)
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(t.list, name) { rt, args, _ in
                try rt.expectSlotArgs(args, 1)
                guard let l = args[0].object as? PyList, rt.hasIndex(args[1]) else { return .object(rt.notImplemented) }
                return rt.list(try rt.repeated(l.items, try rt.repeatCount(args[1])))
            }
        }
        defineMethod(t.list, "__iadd__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let l = args[0].object as? PyList else { return .object(rt.notImplemented) }
            l.items += try rt.toArray(args[1])
            return args[0]
        }
        defineMethod(t.list, "__imul__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let l = args[0].object as? PyList, rt.hasIndex(args[1]) else { return .object(rt.notImplemented) }
            l.items = try rt.repeated(l.items, try rt.repeatCount(args[1]))
            return args[0]
        }
        // tuple
        defineMethod(t.tuple, "__getitem__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let o = args[0].object, let v = try rt.nativeGetItem(o, args[0], args[1]) else { return .none }
            return v
        }
        defineMethod(t.tuple, "__len__") { rt, args, _ in
            try rt.expectSlotArgs(args, 0)
            return .int((args[0].object as? PyTuple)?.items.count ?? 0)
        }
        defineMethod(t.tuple, "__contains__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let o = args[0].object else { return .bool(false) }
            return .bool(try rt.nativeContains(o, args[1]) ?? false)
        }
        defineMethod(t.tuple, "__iter__") { rt, args, _ in
            try rt.expectSlotArgs(args, 0)
            guard let tup = args[0].object as? PyTuple else { return .none }
            return .object(PySequenceIterator(type: rt.types.tupleIterator, .tuple(tup)))
        }
        defineMethod(t.tuple, "__add__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            guard let a = args[0].object as? PyTuple, let b = args[1].object as? PyTuple else {
                return .object(rt.notImplemented)
            }
            return rt.tuple(a.items + b.items)
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(t.tuple, name) { rt, args, _ in
                try rt.expectSlotArgs(args, 1)
                guard let tup = args[0].object as? PyTuple, rt.hasIndex(args[1]) else { return .object(rt.notImplemented) }
                return rt.tuple(try rt.repeated(tup.items, try rt.repeatCount(args[1])))
            }
        }
        // dict (dict.__setitem__, __contains__, __len__ and __iter__ already work on storage)
        defineMethod(t.dict, "__getitem__") { rt, args, kwargs in
            try rt.expectArgs("dict.__getitem__", args.dropFirst(), kwargs, min: 1, max: 1)
            guard let o = args[0].object, let v = try rt.nativeGetItem(o, args[0], args[1]) else { return .none }
            return v
        }
        defineMethod(t.dict, "__delitem__") { rt, args, _ in
            try rt.expectSlotArgs(args, 1)
            if let o = args[0].object { _ = try rt.nativeDeleteItem(o, args[1]) }
            return .none
        }
    }

    /// `__format__` of the builtin types whose format() has a mini-language.
    func installFormatMethods() {
        for owner in [types.int, types.float, types.str, types.complex] {
            defineMethod(owner, "__format__") { rt, args, kwargs in
                try rt.expectArgs("__format__", args.dropFirst(), kwargs, min: 1, max: 1)
                guard let spec = rt.strValue(args[1]) else {
                    throw rt.error(rt.types.typeError, "__format__() argument must be str, not \(rt.typeName(args[1]))")
                }
                // An empty spec is str(self), as in CPython (an overriding __str__ is used).
                return rt.str(try rt.nativeFormat(args[0], spec))
            }
        }
    }

    /// The argument count check of a slot wrapper ("expected 1 argument, got 0").
    func expectSlotArgs(_ args: [Value], _ count: Int) throws {
        guard args.count - 1 != count else { return }
        let got = max(0, args.count - 1)
        if count == 0 { throw error(types.typeError, "expected 0 arguments, got \(got)") }
        throw error(types.typeError, "expected \(count) argument\(count == 1 ? "" : "s"), got \(got)")
    }

    /// `items * n` with CPython's limits (a negative count is empty; too big is a MemoryError).
    func repeated(_ items: [Value], _ n: Int) throws -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
        if overflow || total > Int.max / 32 {
            let memoryError = builtins.lookupString(staticName("MemoryError"))?.object as? PyType ?? types.overflowError
            throw error(memoryError, args: [])
        }
        var result: [Value] = []
        result.reserveCapacity(total)
        for _ in 0..<n { result.append(contentsOf: items) }
        return result
    }
}
