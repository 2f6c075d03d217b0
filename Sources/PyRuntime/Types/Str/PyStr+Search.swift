// str searching on bytes: find/rfind/index/rindex, count, startswith/endswith, replace,
// partition/rpartition. Code point bounds become byte offsets (the identity for ASCII).

extension Runtime {
    func installStrSearchMethods() {
        let t = types
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(t.str, name) { rt, args, _ in
                let (s, sub) = try rt.strSearchOperands(name, args)
                let found = try rt.strSearch(s, sub, args, reverse: reverse)
                if let found { return .int(found) }
                if raises { throw rt.error(rt.types.valueError, "substring not found") }
                return .int(-1)
            }
        }
        defineMethod(t.str, "count") { rt, args, _ in
            let (s, sub) = try rt.strSearchOperands("count", args)
            return try s.withTextBytes { hay in
                try sub.withTextBytes { needle in
                    let (start, end) = try rt.strByteBounds(s, hay, args, from: 2)
                    if end - start < needle.count || start > hay.count { return .int(0) }
                    if needle.isEmpty {
                        return .int(StrBytes.codePointCount(UnsafeBufferPointer(rebasing: hay[start..<end]), ascii: s.isASCII) + 1)
                    }
                    return .int(StrBytes.count(hay, needle, from: start, to: end))
                }
            }
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count >= 2 else { throw rt.error(rt.types.typeError, "\(name) expected at least 1 argument, got 0") }
                guard args.count <= 4 else { throw rt.error(rt.types.typeError, "\(name) expected at most 3 arguments, got \(args.count - 1)") }
                guard case .object(let so) = args[0], let s = so as? PyStrObject else { return .bool(false) }
                var candidates: [PyStrObject] = []
                if case .object(let o) = args[1], let single = o as? PyStrObject {
                    candidates = [single]
                } else if case .object(let o) = args[1], let tuple = o as? PyTuple {
                    for item in tuple.items {
                        guard case .object(let io) = item, let sub = io as? PyStrObject else {
                            throw rt.error(rt.types.typeError, "tuple for \(name) must only contain str, not \(rt.typeName(item))")
                        }
                        candidates.append(sub)
                    }
                } else {
                    throw rt.error(rt.types.typeError, "\(name) first arg must be str or a tuple of str, not \(rt.typeName(args[1]))")
                }
                return try s.withTextBytes { hay in
                    let (start, end) = try rt.strByteBounds(s, hay, args, from: 2)
                    for sub in candidates {
                        let hit = sub.withTextBytes { needle -> Bool in
                            // tailmatch: ADJUST_INDICES, then the needle must fit in [start, end).
                            if start > hay.count || end - start < needle.count { return false }
                            return StrBytes.matches(hay, needle, at: suffix ? end - needle.count : start)
                        }
                        if hit { return .bool(true) }
                    }
                    return .bool(false)
                }
            }
        }
        defineMethod(t.str, "replace") { rt, args, _ in
            guard args.count >= 3 else { throw rt.error(rt.types.typeError, "replace expected at least 2 arguments, got \(args.count - 1)") }
            guard args.count <= 4 else { throw rt.error(rt.types.typeError, "replace expected at most 3 arguments, got \(args.count - 1)") }
            guard case .object(let so) = args[0], let s = so as? PyStrObject else { return args[0] }
            guard case .object(let oo) = args[1], let old = oo as? PyStrObject else {
                throw rt.error(rt.types.typeError, "replace() argument 1 must be str, not \(rt.typeName(args[1]))")
            }
            guard case .object(let no) = args[2], let new = no as? PyStrObject else {
                throw rt.error(rt.types.typeError, "replace() argument 2 must be str, not \(rt.typeName(args[2]))")
            }
            let limit = args.count > 3 ? try rt.index(args[3]) : -1
            return rt.strReplace(args[0], s, old, new, limit: limit)
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            defineMethod(t.str, name) { rt, args, _ in
                try rt.expectArgs(name, args.dropFirst(), nil, min: 1, max: 1)
                guard case .object(let so) = args[0], let s = so as? PyStrObject else { return .none }
                guard case .object(let po) = args[1], let sep = po as? PyStrObject else {
                    throw rt.error(rt.types.typeError, "must be str, not \(rt.typeName(args[1]))")
                }
                let kind = StrKind(s, sep)
                return try s.withTextBytes { hay in
                    try sep.withTextBytes { needle in
                        if needle.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
                        let hit = reverse ? StrBytes.findLast(hay, needle, from: 0, to: hay.count)
                                          : StrBytes.find(hay, needle, from: 0, to: hay.count)
                        guard let i = hit else {
                            let whole = rt.unchangedStr(args[0], s)
                            return reverse ? rt.tuple([rt.str(""), rt.str(""), whole]) : rt.tuple([whole, rt.str(""), rt.str("")])
                        }
                        return rt.tuple([rt.strPiece(hay, 0..<i, kind: kind), rt.unchangedStr(args[1], sep),
                                         rt.strPiece(hay, (i + needle.count)..<hay.count, kind: kind)])
                    }
                }
            }
        }
    }

    /// The receiver and the str argument of find/index/count, with CPython's argument errors.
    private func strSearchOperands(_ name: String, _ args: [Value]) throws -> (PyStrObject, PyStrObject) {
        guard args.count >= 2 else { throw error(types.typeError, "\(name) expected at least 1 argument, got 0") }
        guard args.count <= 4 else { throw error(types.typeError, "\(name) expected at most 3 arguments, got \(args.count - 1)") }
        guard case .object(let so) = args[0], let s = so as? PyStrObject else { throw error(types.typeError, "\(name) needs a str") }
        guard case .object(let o) = args[1], let sub = o as? PyStrObject else {
            throw error(types.typeError, "must be str, not \(typeName(args[1]))")
        }
        return (s, sub)
    }

    /// The optional start/end arguments at args[k], args[k + 1] adjusted as CPython's
    /// ADJUST_INDICES does (in code points), then turned into byte offsets of `bytes`.
    /// `start` may exceed the text (callers treat that as "nothing there").
    func strByteBounds(_ s: PyStrObject, _ bytes: UnsafeBufferPointer<UInt8>, _ args: [Value], from k: Int) throws -> (Int, Int) {
        let startArg = try sliceBound(args.count > k ? args[k] : nil)
        let endArg = try sliceBound(args.count > k + 1 ? args[k + 1] : nil)
        if startArg == nil && endArg == nil { return (0, bytes.count) }
        let length = StrBytes.codePointCount(bytes, ascii: s.isASCII)
        let (start, end) = adjustIndices(startArg, endArg, length)
        if start > length { return (bytes.count + 1, bytes.count) }
        let startByte = StrBytes.offset(ofIndex: start, in: bytes, ascii: s.isASCII)
        // An end before the start stays before it (an empty needle does not fit either).
        if end < start { return (startByte, startByte - 1) }
        return (startByte, StrBytes.offset(ofIndex: end, in: bytes, ascii: s.isASCII))
    }

    /// find/rfind as a code point index; nil when absent.
    private func strSearch(_ s: PyStrObject, _ sub: PyStrObject, _ args: [Value], reverse: Bool) throws -> Int? {
        try s.withTextBytes { hay in
            try sub.withTextBytes { needle -> Int? in
                let (start, end) = try strByteBounds(s, hay, args, from: 2)
                if start > hay.count || end - start < needle.count { return nil }
                let hit: Int?
                if needle.isEmpty { hit = reverse ? end : start }
                else if reverse { hit = StrBytes.findLast(hay, needle, from: start, to: end) }
                else { hit = StrBytes.find(hay, needle, from: start, to: end) }
                return hit.map { StrBytes.index(ofOffset: $0, in: hay, ascii: s.isASCII) }
            }
        }
    }

    /// `s.replace(old, new, limit)`: one pass to count, one to copy into the exact-size result.
    func strReplace(_ original: Value, _ s: PyStrObject, _ old: PyStrObject, _ new: PyStrObject, limit: Int) -> Value {
        let kind = StrKind(s, old, new)
        return s.withTextBytes { hay in
            old.withTextBytes { pattern in
                new.withTextBytes { replacement in
                    // Positions to replace at: matches of `old`, or every code point boundary
                    // (and the end) when `old` is empty.
                    var positions: [Int] = []
                    if pattern.isEmpty {
                        var k = 0
                        while k <= hay.count && (limit < 0 || positions.count < limit) {
                            positions.append(k)
                            k += 1
                            while k < hay.count && hay[k] & 0xC0 == 0x80 { k += 1 }
                        }
                    } else {
                        var k = 0
                        while limit < 0 || positions.count < limit, let j = StrBytes.find(hay, pattern, from: k, to: hay.count) {
                            positions.append(j)
                            k = j + pattern.count
                        }
                    }
                    if positions.isEmpty { return unchangedStr(original, s) }
                    let total = hay.count + positions.count * (replacement.count - pattern.count)
                    return strFromBytes(count: total, kind: kind) { out in
                        var from = 0, to = 0
                        func copy(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
                            guard let src = source.baseAddress, let dst = out.baseAddress, !range.isEmpty else { return }
                            (dst + to).update(from: src + range.lowerBound, count: range.count)
                            to += range.count
                        }
                        for p in positions {
                            copy(hay, from..<p)
                            copy(replacement, 0..<replacement.count)
                            from = p + pattern.count
                        }
                        copy(hay, from..<hay.count)
                    }
                }
            }
        }
    }
}
