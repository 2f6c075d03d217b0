// Methods of range (index, count, __len__) and slice (indices).

extension Runtime {
    func installRangeMethods() {
        let t = types
        func rangeSelf(_ rt: Runtime, _ v: Value) throws -> PyRange {
            guard case .object(let o) = v, let r = o as? PyRange else {
                throw rt.error(rt.types.typeError, "descriptor requires a 'range' object but received '\(rt.typeName(v))'")
            }
            return r
        }
        /// The position of integer `x` in `r`, or nil.
        func position(_ r: PyRange, _ x: Int) -> Int? {
            let (d, o) = x.subtractingReportingOverflow(r.start)
            if o || d % r.step != 0 { return nil }
            let i = d / r.step
            return i >= 0 && i < r.count ? i : nil
        }
        func intValue(_ v: Value) -> Int? {
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            default: return nil
            }
        }
        defineMethod(t.range, "__len__") { rt, args, _ in .int(try rangeSelf(rt, args[0]).count) }
        defineMethod(t.range, "index") { rt, args, _ in
            try rt.expectArgs("index", Array(args.dropFirst()), nil, min: 1, max: 1)
            let r = try rangeSelf(rt, args[0])
            if let x = intValue(args[1]) {
                if let i = position(r, x) { return .int(i) }
            } else {
                for i in 0..<r.count where try rt.equal(.int(r.start + i * r.step), args[1]) { return .int(i) }
            }
            throw rt.error(rt.types.valueError, "\(try rt.repr(args[1])) is not in range")
        }
        defineMethod(t.range, "count") { rt, args, _ in
            try rt.expectArgs("count", Array(args.dropFirst()), nil, min: 1, max: 1)
            let r = try rangeSelf(rt, args[0])
            if let x = intValue(args[1]) { return .int(position(r, x) == nil ? 0 : 1) }
            var n = 0
            for i in 0..<r.count where try rt.equal(.int(r.start + i * r.step), args[1]) { n += 1 }
            return .int(n)
        }
        defineMethod(t.slice, "indices") { rt, args, _ in
            try rt.expectArgs("indices", Array(args.dropFirst()), nil, min: 1, max: 1)
            guard case .object(let o) = args[0], let s = o as? PySlice else {
                throw rt.error(rt.types.typeError, "descriptor 'indices' requires a 'slice' object")
            }
            let length = try rt.index(args[1])
            if length < 0 { throw rt.error(rt.types.valueError, "length should not be negative") }
            let (start, stop, step, _) = try rt.sliceIndices(s, length)
            return rt.tuple([.int(start), .int(stop), .int(step)])
        }
    }

    /// r[slice]: a new range.
    func rangeSlice(_ r: PyRange, _ s: PySlice) throws -> Value {
        let (start, stop, step, _) = try sliceIndices(s, r.count)
        return .object(PyRange(type: types.range, start: r.start + start * r.step, stop: r.start + stop * r.step, step: r.step * step))
    }
}
