// Sequence dunders of list and tuple that subclasses reach through the type (the exact
// types take the fast paths of Protocol+Arithmetic), the live list_reverseiterator, and
// __length_hint__ of the sequence iterators.

extension Runtime {
    /// More elements than any allocation can hold: CPython's malloc fails with MemoryError
    /// long before, so refuse instead of trapping in Swift's allocator.
    static let maxSequenceElements = 1 << 32

    func memoryError() -> PyException {
        if case .object(let o) = builtins.lookupString(staticName("MemoryError")) ?? .none, let t = o as? PyType {
            return error(t, args: [])
        }
        return error(types.systemError, "MemoryError")
    }

    /// Checks that `count` elements repeated `times` times can be allocated.
    /// `elementSize`: bytes per element, for the memory limit (a list item is a 16-byte slot).
    func checkRepeatSize(_ count: Int, _ times: Int, elementSize: Int = 16) throws {
        guard count > 0 && times > 0 else { return }
        let (total, overflow) = count.multipliedReportingOverflow(by: times)
        if overflow || total > Runtime.maxSequenceElements { throw memoryError() }
        try accountAllocation(bytes: total.multipliedReportingOverflow(by: elementSize).partialValue)
    }

    /// The repeat count of `seq * n` for the dunders: nil (NotImplemented) for non-integers.
    func repeatCount(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o is PyBigIntObject { throw error(types.overflowError, "cannot fit 'int' into an index-sized integer") }
            if o.type.lookup(staticName("__index__")) != nil { return try index(v) }
            return nil
        default: return nil
        }
    }

    func listReceiver(_ args: [Value], _ name: String) throws -> PyList {
        guard case .object(let o) = args.first ?? .null, let l = o as? PyList else {
            throw error(types.typeError, "descriptor '\(name)' requires a 'list' object but received a '\(typeName(args.first ?? .none))'")
        }
        return l
    }

    func tupleReceiver(_ args: [Value], _ name: String) throws -> PyTuple {
        guard case .object(let o) = args.first ?? .null, let t = o as? PyTuple else {
            throw error(types.typeError, "descriptor '\(name)' requires a 'tuple' object but received a '\(typeName(args.first ?? .none))'")
        }
        return t
    }

    func installListMethods() {
        let t = types
        defineMethod(t.list, "__add__") { rt, args, kwargs in
            let l = try rt.listReceiver(args, "__add__")
            try rt.checkMethodArity("list", "__add__", .slotOne, args.count - 1, kwargs)
            guard case .object(let o) = args[1], let other = o as? PyList else { return .object(rt.notImplemented) }
            return rt.list(l.items + other.items)
        }
        defineMethod(t.list, "__iadd__") { rt, args, kwargs in
            let l = try rt.listReceiver(args, "__iadd__")
            try rt.checkMethodArity("list", "__iadd__", .slotOne, args.count - 1, kwargs)
            l.items += try rt.toArray(args[1])
            return args[0]
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(t.list, name) { rt, args, kwargs in
                let l = try rt.listReceiver(args, name)
                try rt.checkMethodArity("list", name, .slotOne, args.count - 1, kwargs)
                guard let n = try rt.repeatCount(args[1]) else { return .object(rt.notImplemented) }
                try rt.checkRepeatSize(l.items.count, n)
                return rt.list(n <= 0 ? [] : Array([[Value]](repeating: l.items, count: n).joined()))
            }
        }
        defineMethod(t.list, "__imul__") { rt, args, kwargs in
            let l = try rt.listReceiver(args, "__imul__")
            try rt.checkMethodArity("list", "__imul__", .slotOne, args.count - 1, kwargs)
            guard let n = try rt.repeatCount(args[1]) else { return .object(rt.notImplemented) }
            try rt.checkRepeatSize(l.items.count, n)
            l.items = n <= 0 ? [] : Array([[Value]](repeating: l.items, count: n).joined())
            return args[0]
        }
        defineMethod(t.list, "__reversed__") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "__reversed__", as: PyList.self)
            try rt.checkMethodArity("list", "__reversed__", .noArgs, args.count - 1, kwargs)
            let it = PySequenceIterator(type: rt.types.listReverseIterator, .reversedList(l))
            it.index = l.items.count - 1
            return .object(it)
        }
        // The builtin lengths, not an override's (list.__len__(l) on a subclass instance).
        defineMethod(t.list, "__len__") { rt, args, kwargs in
            let l = try rt.listReceiver(args, "__len__")
            try rt.checkMethodArity("list", "__len__", .slotNoArgs, args.count - 1, kwargs)
            return .int(l.items.count)
        }
        defineMethod(t.tuple, "__len__") { rt, args, kwargs in
            let tuple = try rt.tupleReceiver(args, "__len__")
            try rt.checkMethodArity("tuple", "__len__", .slotNoArgs, args.count - 1, kwargs)
            return .int(tuple.items.count)
        }
        defineMethod(t.tuple, "__add__") { rt, args, kwargs in
            let tuple = try rt.tupleReceiver(args, "__add__")
            try rt.checkMethodArity("tuple", "__add__", .slotOne, args.count - 1, kwargs)
            guard case .object(let o) = args[1], let other = o as? PyTuple else { return .object(rt.notImplemented) }
            return rt.tuple(tuple.items + other.items)
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(t.tuple, name) { rt, args, kwargs in
                let tuple = try rt.tupleReceiver(args, name)
                try rt.checkMethodArity("tuple", name, .slotOne, args.count - 1, kwargs)
                guard let n = try rt.repeatCount(args[1]) else { return .object(rt.notImplemented) }
                try rt.checkRepeatSize(tuple.items.count, n)
                return rt.tuple(n <= 0 ? [] : Array([[Value]](repeating: tuple.items, count: n).joined()))
            }
        }
        for type in [t.listIterator, t.listReverseIterator, t.tupleIterator, t.rangeIterator] {
            defineMethod(type, "__length_hint__") { rt, args, kwargs in
                guard case .object(let o) = args.first ?? .null, let it = o as? PySequenceIterator else {
                    throw rt.error(rt.types.typeError, "descriptor '__length_hint__' requires a '\(type.name)' object")
                }
                try rt.checkMethodArity(type.name, "__length_hint__", .noArgs, args.count - 1, kwargs)
                switch it.source {
                case .list(let l): return .int(max(0, l.items.count - max(0, it.index)))
                case .reversedList(let l): return .int(it.index >= 0 && it.index < l.items.count ? it.index + 1 : 0)
                case .tuple(let tuple): return .int(max(0, tuple.items.count - it.index))
                case .str(let s): return .int(max(0, s.count - it.index))
                case .range(_, _, let count): return .int(max(0, count - it.index))
                }
            }
        }
    }
}
