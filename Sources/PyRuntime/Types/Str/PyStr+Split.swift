// str splitting and trimming: split/rsplit (on whitespace or a separator), strip/lstrip/
// rstrip and join. ASCII text and separators work on bytes; whitespace in other text
// (\x85, \xa0, \u3000, ...) takes the code point path.

extension Runtime {
    func installStrSplitMethods() {
        let t = types
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            defineMethod(t.str, name) { rt, args, kwargs in
                guard args.count <= 3 else { throw rt.error(rt.types.typeError, "\(name)() takes at most 2 arguments (\(args.count - 1) given)") }
                guard case .object(let so) = args[0], let s = so as? PyStrObject else { return rt.list([]) }
                let sepValue = args.count > 1 ? args[1] : (rt.keyword(kwargs, "sep") ?? .none)
                let maxsplit = try rt.index(args.count > 2 ? args[2] : (rt.keyword(kwargs, "maxsplit") ?? .int(-1)))
                if sepValue.isNone {
                    if s.isASCII { return rt.strSplitASCIIWhitespace(args[0], s, maxsplit: maxsplit, reverse: reverse) }
                    return rt.strSplitWhitespace(s, maxsplit: maxsplit, reverse: reverse)
                }
                guard case .object(let po) = sepValue, let sep = po as? PyStrObject else {
                    throw rt.error(rt.types.typeError, "must be str or None, not \(rt.typeName(sepValue))")
                }
                return try rt.strSplit(args[0], s, sep, maxsplit: maxsplit, reverse: reverse)
            }
        }
        for (name, which) in [("strip", StripSide.both), ("lstrip", .left), ("rstrip", .right)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count <= 2 else { throw rt.error(rt.types.typeError, "\(name) expected at most 1 argument, got \(args.count - 1)") }
                guard case .object(let so) = args[0], let s = so as? PyStrObject else { return args[0] }
                var chars: PyStrObject? = nil
                if args.count == 2 && !args[1].isNone {
                    guard case .object(let co) = args[1], let c = co as? PyStrObject else {
                        throw rt.error(rt.types.typeError, "\(name) arg must be None or str")
                    }
                    chars = c
                }
                if s.isASCII { return rt.strStripASCII(args[0], s, chars, which) }
                return rt.strStripCodePoints(args[0], s, chars, which)
            }
        }
        defineMethod(t.str, "join") { rt, args, _ in
            try rt.expectArgs("join", args.dropFirst(), nil, min: 1, max: 1)
            guard case .object(let so) = args[0], let separator = so as? PyStrObject else { return rt.str("") }
            let items: [Value]
            do { items = try rt.toArray(args[1]) } catch let e as PyException where e.exception.type === rt.types.typeError
                                                    && rt.typeOf(args[1]).lookup(rt.staticName("__iter__")) == nil
                                                    && rt.typeOf(args[1]).lookup(rt.staticName("__getitem__")) == nil {
                throw rt.error(rt.types.typeError, "can only join an iterable")
            }
            return try rt.strJoin(separator, items)
        }
    }

    /// `sep.join(items)`: checks every item, then copies all bytes into one exact-size string.
    func strJoin(_ separator: PyStrObject, _ items: [Value]) throws -> Value {
        var pieces: [PyStrObject] = []
        pieces.reserveCapacity(items.count)
        var kind = separator.kind
        var total = 0
        for (i, item) in items.enumerated() {
            guard case .object(let o) = item, let s = o as? PyStrObject else {
                throw error(types.typeError, "sequence item \(i): expected str instance, \(typeName(item)) found")
            }
            pieces.append(s)
            if s.surrogateCodePoints != nil { kind = .surrogates } else if !s.isASCII && kind == .ascii { kind = .utf8 }
            total += s.utf8Count
        }
        // CPython returns the only item itself when it is an exact str.
        if pieces.count == 1, pieces[0].type === types.str { return items[0] }
        if kind == .surrogates {
            // Lone surrogates survive only through code points.
            var out: [UInt32] = []
            for (i, piece) in pieces.enumerated() {
                if i > 0 { out += separator.codePoints }
                out += piece.codePoints
            }
            return str(codePoints: out)
        }
        if !pieces.isEmpty { total += separator.utf8Count * (pieces.count - 1) }
        return separator.withUTF8 { sep in
            strFromBytes(count: total, kind: kind) { out in
                guard var dst = out.baseAddress else { return }
                for (i, piece) in pieces.enumerated() {
                    if i > 0, let src = sep.baseAddress {
                        dst.update(from: src, count: sep.count)
                        dst += sep.count
                    }
                    piece.withUTF8 { bytes in
                        if let src = bytes.baseAddress {
                            dst.update(from: src, count: bytes.count)
                            dst += bytes.count
                        }
                    }
                }
            }
        }
    }

    /// split()/rsplit() of ASCII text on runs of ASCII whitespace.
    func strSplitASCIIWhitespace(_ original: Value, _ s: PyStrObject, maxsplit: Int, reverse: Bool) -> Value {
        s.withUTF8 { b in
            let n = b.count
            var parts: [Value] = []
            func piece(_ range: Range<Int>) -> Value {
                range.count == n && s.type === types.str ? original : strPiece(b, range, isASCII: true)
            }
            if !reverse {
                var i = 0
                while true {
                    while i < n && StrBytes.isSpace(b[i]) { i += 1 }
                    if i == n { break }
                    if maxsplit >= 0 && parts.count == maxsplit { parts.append(piece(i..<n)); break }
                    let start = i
                    while i < n && !StrBytes.isSpace(b[i]) { i += 1 }
                    parts.append(piece(start..<i))
                }
            } else {
                var i = n
                while true {
                    while i > 0 && StrBytes.isSpace(b[i - 1]) { i -= 1 }
                    if i == 0 { break }
                    if maxsplit >= 0 && parts.count == maxsplit { parts.append(piece(0..<i)); break }
                    let end = i
                    while i > 0 && !StrBytes.isSpace(b[i - 1]) { i -= 1 }
                    parts.append(piece(i..<end))
                }
                parts.reverse()
            }
            return list(parts)
        }
    }

    /// split()/rsplit() on Py_UNICODE_ISSPACE by code points (text with non-ASCII characters).
    func strSplitWhitespace(_ s: PyStrObject, maxsplit: Int, reverse: Bool) -> Value {
        let cps = s.codePoints
        func isSpace(_ c: UInt32) -> Bool { Unicode.Scalar(c)?.pyIsSpace ?? false }
        func piece(_ range: Range<Int>) -> Value { str(codePoints: Array(cps[range])) }
        var parts: [Value] = []
        if !reverse {
            var i = 0
            while true {
                while i < cps.count && isSpace(cps[i]) { i += 1 }
                if i == cps.count { break }
                if maxsplit >= 0 && parts.count == maxsplit { parts.append(piece(i..<cps.count)); break }
                let start = i
                while i < cps.count && !isSpace(cps[i]) { i += 1 }
                parts.append(piece(start..<i))
            }
        } else {
            var i = cps.count
            while true {
                while i > 0 && isSpace(cps[i - 1]) { i -= 1 }
                if i == 0 { break }
                if maxsplit >= 0 && parts.count == maxsplit { parts.append(piece(0..<i)); break }
                let end = i
                while i > 0 && !isSpace(cps[i - 1]) { i -= 1 }
                parts.append(piece(i..<end))
            }
            parts.reverse()
        }
        return list(parts)
    }

    /// split(sep)/rsplit(sep) on bytes (exact for any text: UTF-8 is self-synchronising).
    func strSplit(_ original: Value, _ s: PyStrObject, _ sep: PyStrObject, maxsplit: Int, reverse: Bool) throws -> Value {
        let kind = StrKind(s, sep)
        return try s.withTextBytes { hay in
            try sep.withTextBytes { needle in
                if needle.isEmpty { throw error(types.valueError, "empty separator") }
                var parts: [Value] = []
                func piece(_ range: Range<Int>) -> Value {
                    range.count == hay.count && s.type === types.str ? original : strPiece(hay, range, kind: kind)
                }
                if !reverse {
                    var start = 0
                    while maxsplit < 0 || parts.count < maxsplit, let j = StrBytes.find(hay, needle, from: start, to: hay.count) {
                        parts.append(piece(start..<j))
                        start = j + needle.count
                    }
                    parts.append(piece(start..<hay.count))
                } else {
                    var end = hay.count
                    while maxsplit < 0 || parts.count < maxsplit, let j = StrBytes.findLast(hay, needle, from: 0, to: end) {
                        parts.append(piece((j + needle.count)..<end))
                        end = j
                    }
                    parts.append(piece(0..<end))
                    parts.reverse()
                }
                return list(parts)
            }
        }
    }

    enum StripSide { case both, left, right }

    /// strip family on ASCII text: a 128-bit membership table of the characters to remove
    /// (only the ASCII members of `chars` can occur in ASCII text).
    func strStripASCII(_ original: Value, _ s: PyStrObject, _ chars: PyStrObject?, _ side: StripSide) -> Value {
        var low: UInt64 = 0, high: UInt64 = 0
        func add(_ b: UInt8) { if b < 64 { low |= 1 << UInt64(b) } else if b < 128 { high |= 1 << UInt64(b - 64) } }
        if let chars {
            chars.withUTF8 { for b in $0 { add(b) } }
        } else {
            for b in UInt8(0)..<0x80 where StrBytes.isSpace(b) { add(b) }
        }
        @inline(__always) func strip(_ b: UInt8) -> Bool {
            b < 64 ? (low >> UInt64(b)) & 1 != 0 : (high >> UInt64(b & 63)) & 1 != 0
        }
        return s.withUTF8 { b in
            var start = 0, end = b.count
            if side != .right { while start < end && strip(b[start]) { start += 1 } }
            if side != .left { while end > start && strip(b[end - 1]) { end -= 1 } }
            if start == 0 && end == b.count { return unchangedStr(original, s) }
            return strPiece(b, start..<end, isASCII: true)
        }
    }

    /// strip family by code points (Py_UNICODE_ISSPACE or membership in `chars`).
    func strStripCodePoints(_ original: Value, _ s: PyStrObject, _ chars: PyStrObject?, _ side: StripSide) -> Value {
        let cps = s.codePoints
        let set = chars.map { Set($0.codePoints) }
        func strip(_ c: UInt32) -> Bool { set.map { $0.contains(c) } ?? (Unicode.Scalar(c)?.pyIsSpace ?? false) }
        var start = 0, end = cps.count
        if side != .right { while start < end && strip(cps[start]) { start += 1 } }
        if side != .left { while end > start && strip(cps[end - 1]) { end -= 1 } }
        if start == 0 && end == cps.count { return unchangedStr(original, s) }
        return str(codePoints: Array(cps[start..<end]))
    }
}
