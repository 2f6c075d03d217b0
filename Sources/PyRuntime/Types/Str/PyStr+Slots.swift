// str's slot wrappers that differ from the generic ones (sq_concat / sq_repeat raise their
// own TypeError instead of returning NotImplemented), indexing shared by str and its
// subclasses, and the receiver check of str's method descriptors.

extension Runtime {
    /// `s[key]` for a str or an instance of a str subclass.
    func strGetItem(_ s: PyStrObject, _ key: Value) throws -> Value {
        if case .int(let i) = key {
            guard let j = normalizedIndex(i, s.count) else { throw error(types.indexError, "string index out of range") }
            if s.isASCII { return s.withUTF8 { asciiCharacter($0[j]) } }
            if let cps = s.surrogateCodePoints { return str(codePoints: [cps[j]]) }
            return str(String(s.scalars[j]))
        }
        if case .object(let k) = key, let sl = k as? PySlice {
            if let cps = s.surrogateCodePoints { return str(codePoints: try sliceItems(cps, sl)) }
            if s.isASCII {
                // One byte per character: copy the bytes, without materialising the scalars.
                let (start, _, step, length) = try sliceIndices(sl, s.count)
                var copy = s.value
                let text: String = copy.withUTF8 { buffer in
                    if step == 1 {
                        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(start + length)]), as: UTF8.self)
                    }
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(length)
                    var i = start
                    for _ in 0..<length { bytes.append(buffer[i]); i += step }
                    return String(decoding: bytes, as: UTF8.self)
                }
                return .object(PyStrObject(type: types.str, text, isASCII: true))
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: try sliceItems(s.scalars, sl))
            return str(String(out))
        }
        if case .bool(let b) = key { return try strGetItem(s, .int(b ? 1 : 0)) }
        if case .object(let k) = key, isOversizedInt(k) {
            throw error(types.indexError, "cannot fit 'int' into an index-sized integer")
        }
        if case .object(let k) = key, k is PyBigIntObject || k.type.lookup(staticName("__index__")) != nil { return try strGetItem(s, .int(try index(key))) }
        throw error(types.typeError, "string indices must be integers, not '\(typeName(key))'")
    }

    /// `item in s`: substring search by code points. Swift's String.contains matches whole
    /// Characters ("e" is not found in "e\u{301}"), so the search runs on UTF-8 bytes, which
    /// is exact for code point sequences because UTF-8 is self-synchronising.
    func strContains(_ s: PyStrObject, _ item: Value) throws -> Bool {
        guard case .object(let io) = item, let sub = io as? PyStrObject else {
            throw error(types.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
        }
        if s.surrogateCodePoints != nil || sub.surrogateCodePoints != nil {
            let hay = s.codePoints, needle = sub.codePoints
            if needle.isEmpty { return true }
            if needle.count > hay.count { return false }
            for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            return false
        }
        var hayText = s.value, needleText = sub.value
        return hayText.withUTF8 { hay in
            needleText.withUTF8 { needle in
                if needle.isEmpty { return true }
                if needle.count > hay.count { return false }
                let first = needle[0]
                var i = 0
                let last = hay.count - needle.count
                while i <= last {
                    if hay[i] == first {
                        var k = 1
                        while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `a + b` where a is a str (or subclass instance) and b must be a str.
    func strConcat(_ a: PyStrObject, _ b: Value) throws -> Value {
        guard case .object(let o) = b, let t = o as? PyStrObject else {
            throw error(types.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if a.surrogateCodePoints != nil || t.surrogateCodePoints != nil { return str(codePoints: a.codePoints + t.codePoints) }
        return .object(PyStrObject(type: types.str, a.value + t.value, isASCII: a.isASCII && t.isASCII))
    }

    /// `s * n` (sq_repeat: n goes through __index__).
    func strRepeat(_ s: PyStrObject, _ count: Value) throws -> Value {
        if case .object(let o) = count, isOversizedInt(o) {
            throw error(types.overflowError, "cannot fit 'int' into an index-sized integer")
        }
        let n = max(0, try index(count))
        if n > 0, s.count > Int.max / n { throw error(types.overflowError, "repeated string is too long") }
        if let cps = s.surrogateCodePoints { return str(codePoints: Array([[UInt32]](repeating: cps, count: n).joined())) }
        return .object(PyStrObject(type: types.str, String(repeating: s.value, count: n), isASCII: s.isASCII))
    }

    /// True for ints and objects with __index__ (what sq_repeat accepts).
    func hasIndex(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyBigIntObject || o.type.lookup(staticName("__index__")) != nil
        default: return false
        }
    }

    /// Slot wrappers of str whose behaviour is not the generic protocol call.
    func strSlotWrapper(_ name: String) -> PyBuiltinFunction.Body? {
        func receiver(_ rt: Runtime, _ args: [Value], _ count: Int) throws -> PyStrObject {
            guard let first = args.first else {
                throw rt.error(rt.types.typeError, "descriptor '\(name)' of 'str' object needs an argument")
            }
            guard case .object(let o) = first, let s = o as? PyStrObject else {
                throw rt.error(rt.types.typeError, "descriptor '\(name)' requires a 'str' object but received a '\(rt.typeName(first))'")
            }
            guard args.count == count + 1 else {
                throw rt.error(rt.types.typeError, "expected \(count) argument\(count == 1 ? "" : "s"), got \(args.count - 1)")
            }
            return s
        }
        switch name {
        case "__add__": return { rt, args, _ in try rt.strConcat(try receiver(rt, args, 1), args[1]) }
        case "__mul__", "__rmul__": return { rt, args, _ in try rt.strRepeat(try receiver(rt, args, 1), args[1]) }
        case "__getitem__": return { rt, args, _ in try rt.strGetItem(try receiver(rt, args, 1), args[1]) }
        case "__len__": return { rt, args, _ in .int(try receiver(rt, args, 0).count) }
        default: return nil
        }
    }

    /// str's dunders that work on exact code points (receivers are checked by defineMethod,
    /// as method descriptors do: `str.upper(5)` is a TypeError).
    func guardStrMethodReceivers() {
        let t = types.str
        defineMethod(t, "__sizeof__") { rt, args, _ in
            guard case .object(let o) = args[0], let s = o as? PyStrObject else { return .int(0) }
            // sizeof(PyASCIIObject) / PyCompactUnicodeObject plus the code units and the NUL.
            let n = s.count
            if s.isASCII { return .int(49 + n + 1) }
            let maxChar = s.codePoints.max() ?? 0
            if maxChar < 0x100 { return .int(73 + n + 1) }
            if maxChar < 0x10000 { return .int(74 + 2 * (n + 1)) }
            return .int(76 + 4 * (n + 1))
        }
        defineMethod(t, "__format__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error(rt.types.typeError, "__format__() takes exactly one argument (\(args.count - 1) given)") }
            guard let spec = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "__format__() argument must be str, not \(rt.typeName(args[1]))")
            }
            guard case .object(let o) = args[0], let s = o as? PyStrObject else { return .none }
            if spec.isEmpty { return rt.exactStr(s) }
            return rt.str(try rt.format(rt.exactStr(s), spec))
        }
        // int.__format__ / float.__format__ format the number itself (a subclass's __str__
        // only matters for an empty spec, through format()).
        for numberType in [types.int, types.float] {
            defineMethod(numberType, "__format__") { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "__format__() takes exactly one argument (\(args.count - 1) given)") }
                guard let spec = rt.strValue(args[1]) else {
                    throw rt.error(rt.types.typeError, "__format__() argument must be str, not \(rt.typeName(args[1]))")
                }
                return rt.str(try rt.format(args[0], spec))
            }
        }
        for (name, op) in [("__lt__", CompareOp.lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne), ("__gt__", .gt), ("__ge__", .ge)] {
            defineMethod(t, name) { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(args.count - 1)") }
                guard case .object(let x) = args[0], let s = x as? PyStrObject, case .object(let y) = args[1],
                      let o = y as? PyStrObject else { return .object(rt.notImplemented) }
                return .bool(rt.compareStrings(s, o, op))
            }
        }
        defineMethod(t, "__hash__") { rt, args, _ in .int((args[0].object as? PyStrObject)?.hashValue ?? 0) }
        defineMethod(t, "__str__") { rt, args, _ in
            guard case .object(let o) = args[0], let s = o as? PyStrObject else { return .none }
            return rt.exactStr(s)
        }
        defineMethod(t, "__repr__") { rt, args, _ in
            guard case .object(let o) = args[0] else { return .none }
            return rt.str(try rt.builtinRepr(o))
        }
        // Receivers are checked by defineMethod (method_descriptor / wrapper_descriptor wording).
    }
}
