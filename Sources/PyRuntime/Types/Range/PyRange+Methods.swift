// Methods of range (index, count, __len__, ==, hash, reversed, slicing) and slice
// (indices, comparisons, unhashability), over arbitrary-precision bounds.
import BigInt

extension Runtime {
    func installRangeMethods() {
        let t = types
        func rangeSelf(_ rt: Runtime, _ v: Value, _ name: String) throws -> PyRange {
            guard case .object(let o) = v, let r = o as? PyRange else {
                throw rt.error(rt.types.typeError, "descriptor '\(name)' requires a 'range' object but received '\(rt.typeName(v))'")
            }
            return r
        }
        defineStatic(t.range, "__new__") { rt, args, kwargs in
            let a = Array(args.dropFirst())
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "range() takes no keyword arguments") }
            try rt.expectArgs("range", a, nil, min: 1, max: 3)
            let start = a.count > 1 ? try rt.bigIndex(a[0]) : 0
            let stop = a.count > 1 ? try rt.bigIndex(a[1]) : try rt.bigIndex(a[0])
            let step = a.count > 2 ? try rt.bigIndex(a[2]) : 1
            if step == 0 { throw rt.error(rt.types.valueError, "range() arg 3 must not be zero") }
            return .object(PyRange(type: rt.types.range, start: start, stop: stop, step: step))
        }
        defineMethod(t.range, "__len__") { rt, args, _ in .int(try rt.rangeLength(try rangeSelf(rt, args[0], "__len__"))) }
        defineMethod(t.range, "index") { rt, args, kwargs in
            let r = try rangeSelf(rt, args[0], "index")
            try rt.checkMethodArity("range", "index", .one, args.count - 1, kwargs)
            if let x = rt.exactIntValue(args[1]) {
                if let i = r.position(of: x) { return rt.makeInt(i) }
            } else {
                var i = BigInt(0)
                let it = try rt.getIter(args[0])
                while let v = try rt.next(it) {
                    if try rt.equal(v, args[1]) { return rt.makeInt(i) }
                    i += 1
                }
                // _PySequence_IterSearch's wording for the non-int search.
                throw rt.error(rt.types.valueError, "sequence.index(x): x not in sequence")
            }
            throw rt.error(rt.types.valueError, "\(try rt.repr(args[1])) is not in range")
        }
        defineMethod(t.range, "count") { rt, args, kwargs in
            let r = try rangeSelf(rt, args[0], "count")
            try rt.checkMethodArity("range", "count", .one, args.count - 1, kwargs)
            if let x = rt.exactIntValue(args[1]) { return .int(r.position(of: x) == nil ? 0 : 1) }
            var n = 0
            let it = try rt.getIter(args[0])
            while let v = try rt.next(it) { if try rt.equal(v, args[1]) { n += 1 } }
            return .int(n)
        }
        // range_richcompare: only == and != between ranges, by the sequence they produce.
        for (name, negate) in [("__eq__", false), ("__ne__", true)] {
            defineMethod(t.range, name) { rt, args, kwargs in
                let r = try rangeSelf(rt, args[0], name)
                try rt.checkMethodArity("range", name, .slotOne, args.count - 1, kwargs)
                guard case .object(let o) = args[1], let other = o as? PyRange else { return .object(rt.notImplemented) }
                return .bool(rt.rangesEqual(r, other) != negate)
            }
        }
        defineMethod(t.range, "__hash__") { rt, args, _ in
            let r = try rangeSelf(rt, args[0], "__hash__")
            // range_hash: hash((len, start, step)) with None standing for what does not matter.
            let items: [Value]
            if r.length == 0 { items = [.int(0), .none, .none] }
            else if r.length == 1 { items = [.int(1), rt.makeInt(r.start), .none] }
            else { items = [rt.makeInt(r.length), rt.makeInt(r.start), rt.makeInt(r.step)] }
            return .int(try rt.hashTuple(items))
        }
        defineMethod(t.range, "__reversed__") { rt, args, _ in
            let r = try rangeSelf(rt, args[0], "__reversed__")
            // Reversed: from the last value down to just before the first.
            let last = r.start + (r.length - 1) * r.step
            let reversed = PyRange(type: rt.types.range, start: r.length == 0 ? 0 : last,
                                   stop: r.length == 0 ? 0 : r.start - r.step, step: r.length == 0 ? 1 : -r.step)
            return try rt.getIter(.object(reversed))
        }
        defineStatic(t.slice, "__new__") { rt, args, kwargs in
            let a = Array(args.dropFirst())
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "slice() takes no keyword arguments") }
            try rt.expectArgs("slice", a, nil, min: 1, max: 3)
            if a.count == 1 { return .object(PySlice(type: rt.types.slice, start: .none, stop: a[0], step: .none)) }
            return .object(PySlice(type: rt.types.slice, start: a[0], stop: a[1], step: a.count > 2 ? a[2] : .none))
        }
        defineMethod(t.slice, "indices") { rt, args, kwargs in
            let s = try rt.methodReceiver(args, rt.types.slice, "indices", as: PySlice.self)
            try rt.checkMethodArity("slice", "indices", .one, args.count - 1, kwargs)
            let length = try rt.bigIndex(args[1])
            if length < 0 { throw rt.error(rt.types.valueError, "length should not be negative") }
            let (start, stop, step) = try rt.sliceIndicesBig(s, length)
            return rt.tuple([rt.makeInt(start), rt.makeInt(stop), rt.makeInt(step)])
        }
        // Slices compare like the tuples (start, stop, step) and are unhashable in 3.11.
        for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            let name = op.dunder
            defineMethod(t.slice, name) { rt, args, kwargs in
                try rt.checkMethodArity("slice", name, .slotOne, args.count - 1, kwargs)
                guard case .object(let a) = args[0], let s = a as? PySlice,
                      case .object(let b) = args[1], let other = b as? PySlice else { return .object(rt.notImplemented) }
                return try rt.compareSequences([s.start, s.stop, s.step], [other.start, other.stop, other.step], op)
            }
        }
        t.slice.namespace.setString(staticName("__hash__"), .none)
    }

    /// An int argument of range() or an index: int, bool, int subclass or __index__.
    func bigIndex(_ v: Value) throws -> BigInt {
        if let x = intLikeValue(v) { return x }
        if case .object(let o) = v, let method = o.type.lookup(staticName("__index__")) {
            let r = try callMethod(method, o, [])
            guard let x = intLikeValue(r) else {
                throw error(types.typeError, "__index__ returned non-int (type \(typeName(r)))")
            }
            return x
        }
        throw error(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// The value of an exact int or bool (range's fast `in`/index/count test).
    func exactIntValue(_ v: Value) -> BigInt? {
        if case .object(let o) = v, o.type.isHeapType { return nil }
        return intLikeValue(v)
    }

    /// len(range): OverflowError past sys.maxsize, as CPython's range_length.
    func rangeLength(_ r: PyRange) throws -> Int {
        if let n = r.small?.count ?? Int(exactly: r.length) { return n }
        throw error(types.overflowError, "Python int too large to convert to C ssize_t")
    }

    func rangesEqual(_ a: PyRange, _ b: PyRange) -> Bool {
        if a === b { return true }
        if a.length != b.length { return false }
        if a.length == 0 { return true }
        if a.start != b.start { return false }
        if a.length == 1 { return true }
        return a.step == b.step
    }

    /// r[i] for any int-like index.
    func rangeItem(_ r: PyRange, _ key: Value) throws -> Value {
        var i = try bigIndex(key)
        if i < 0 { i += r.length }
        guard i >= 0 && i < r.length else { throw error(types.indexError, "range object index out of range") }
        return makeInt(r.item(i))
    }

    /// r[slice]: a new range (compute_slice).
    func rangeSlice(_ r: PyRange, _ s: PySlice) throws -> Value {
        let (start, stop, step) = try sliceIndicesBig(s, r.length)
        return .object(PyRange(type: types.range, start: r.start + start * r.step, stop: r.start + stop * r.step,
                               step: r.step * step))
    }

    /// _PySlice_GetLongIndices: slice bounds clamped to a sequence of `length` items.
    func sliceIndicesBig(_ s: PySlice, _ length: BigInt) throws -> (BigInt, BigInt, BigInt) {
        func index(_ v: Value) throws -> BigInt {
            if let x = intLikeValue(v) { return x }
            if case .object(let o) = v, o.type.lookup(staticName("__index__")) != nil { return try bigIndex(v) }
            throw error(types.typeError, "slice indices must be integers or None or have an __index__ method")
        }
        let step: BigInt = s.step.isNone ? 1 : try index(s.step)
        if step == 0 { throw error(types.valueError, "slice step cannot be zero") }
        let negative = step < 0
        let lower: BigInt = negative ? -1 : 0
        let upper: BigInt = negative ? length - 1 : length
        func clamp(_ v: Value, _ defaultValue: BigInt) throws -> BigInt {
            if v.isNone { return defaultValue }
            var i = try index(v)
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(s.start, negative ? upper : lower)
        let stop = try clamp(s.stop, negative ? lower : upper)
        return (start, stop, step)
    }
}
