// float methods that are not operators (hex, fromhex, __floor__, __ceil__), and NaN
// identity.
//
// NaN identity. Unboxed floats have no object identity, so `isIdentical` compares bit
// patterns. CPython's containers compare identity before ==, which makes
// `x = float('nan'); [x] == [x]` True but `[float('nan')] == [float('nan')]` False: two
// NaNs from two float() calls are two objects. The rule here: every NaN that float()
// creates from a string carries a fresh payload (a per-runtime serial number in the low
// mantissa bits), so NaNs from different float() calls are different "objects", and copies
// of one value stay identical. NaN payloads are invisible to Python code (repr, hex,
// comparisons, hash all ignore them). Arithmetic NaNs (inf - inf) keep the hardware's
// canonical NaN and therefore all count as one object, a documented difference.
import BigInt

extension Runtime {
    /// A NaN distinct from every other NaN this runtime handed out.
    func freshNaN(negative: Bool) -> Double {
        nanSerial &+= 1
        let payload = nanSerial & 0x0007_FFFF_FFFF_FFFF
        let bits: UInt64 = 0x7FF8_0000_0000_0000 | (payload == 0 ? 1 : payload) | (negative ? 1 << 63 : 0)
        return Double(bitPattern: bits)
    }

    /// The double of a float receiver (float or a boxed float subclass instance).
    func floatReceiver(_ args: [Value], _ name: String) throws -> Double {
        switch args.first ?? .null {
        case .float(let d): return d
        case .object(let o as PyBoxedFloat): return o.value
        default:
            throw error(types.typeError, "descriptor '\(name)' for 'float' objects doesn't apply to a '\(typeName(args.first ?? .none))' object")
        }
    }

    func installFloatMethods() {
        let t = types
        defineMethod(t.float, "hex") { rt, args, kwargs in
            let d = try rt.floatReceiver(args, "hex")
            try rt.checkMethodArity("float", "hex", .noArgs, args.count - 1, kwargs)
            return rt.str(floatHex(d))
        }
        defineClassMethod(t.float, "fromhex") { rt, args, kwargs in
            try rt.checkMethodArity("float", "fromhex", .one, args.count - 1, kwargs)
            guard let text = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "bad argument type for built-in operation")
            }
            let d = try rt.floatFromHex(text)
            if case .object(let o) = args[0], let cls = o as? PyType, cls !== rt.types.float {
                return try rt.call(args[0], [.float(d)])
            }
            return .float(d)
        }
        defineMethod(t.float, "__floor__") { rt, args, kwargs in
            let d = try rt.floatReceiver(args, "__floor__")
            try rt.checkMethodArity("float", "__floor__", .noArgs, args.count - 1, kwargs)
            return try rt.intConstructor([.none, .float(d.rounded(.down))], nil)
        }
        defineMethod(t.float, "__ceil__") { rt, args, kwargs in
            let d = try rt.floatReceiver(args, "__ceil__")
            try rt.checkMethodArity("float", "__ceil__", .noArgs, args.count - 1, kwargs)
            return try rt.intConstructor([.none, .float(d.rounded(.up))], nil)
        }
    }

    /// float.fromhex (floatobject.c float_fromhex): [sign] (inf | nan | [0x] hex digits
    /// [. hex digits] [p [sign] decimal digits]), surrounded by optional whitespace, rounded
    /// half-to-even like every float conversion.
    func floatFromHex(_ text: String) throws -> Double {
        let invalid = error(types.valueError, "invalid hexadecimal floating-point string")
        let s = Array(text.unicodeScalars)
        var i = 0, end = s.count
        while i < end && s[i].properties.isWhitespace { i += 1 }
        while end > i && s[end - 1].properties.isWhitespace { end -= 1 }
        var negative = false
        if i < end && (s[i] == "-" || s[i] == "+") { negative = s[i] == "-"; i += 1 }
        let word = String(String.UnicodeScalarView(s[i..<end])).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -Double.nan : .nan }
        if end - i >= 2 && s[i] == "0" && (s[i + 1] == "x" || s[i + 1] == "X") { i += 2 }
        func hexDigit(_ c: Unicode.Scalar) -> Int? {
            switch c {
            case "0"..."9": return Int(c.value - 48)
            case "a"..."f": return Int(c.value - 87)
            case "A"..."F": return Int(c.value - 55)
            default: return nil
            }
        }
        var mantissa = BigInt(0)
        var digits = 0, fractionDigits = 0, seenPoint = false
        while i < end {
            if let v = hexDigit(s[i]) {
                mantissa = mantissa << 4 | BigInt(v)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if s[i] == "." && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { throw invalid }
        var exponent = 0
        if i < end && (s[i] == "p" || s[i] == "P") {
            i += 1
            var expNegative = false
            if i < end && (s[i] == "-" || s[i] == "+") { expNegative = s[i] == "-"; i += 1 }
            let start = i
            while i < end, let d = hexDigit(s[i]), d < 10, s[i].value < 0x3A {
                // Saturate: anything this large overflows or underflows anyway.
                if exponent < 1 << 40 { exponent = exponent * 10 + d }
                i += 1
            }
            guard i > start else { throw invalid }
            if expNegative { exponent = -exponent }
        }
        guard i == end else { throw invalid }
        let sign: Double = negative ? -1 : 1
        if mantissa == 0 { return sign * 0.0 }
        let scale = exponent - 4 * fractionDigits
        let bitLength = mantissa.magnitude.bitWidth
        let top = bitLength - 1 + scale
        let overflow = error(types.overflowError, "hexadecimal value too large to represent as a float")
        if top > 1023 { throw overflow }
        // Below half the smallest subnormal (2**-1075) everything rounds to zero.
        if top < -1076 { return sign * 0.0 }
        // Bits that fit: 53 for normal results, fewer for subnormals (possibly none).
        let keep = top >= -1022 ? 53 : 53 - (-1022 - top)
        var q = mantissa
        var qScale = scale
        let shift = bitLength - keep
        if shift > 0 {
            q = mantissa >> shift
            let remainder = mantissa - (q << shift)
            let half = BigInt(1) << (shift - 1)
            if remainder > half || (remainder == half && !q.isMultiple(of: 2)) { q += 1 }
            qScale = scale + shift
        }
        guard let significand = Double(exactly: q) else { throw overflow }
        let result = Double(sign: .plus, exponent: qScale, significand: significand)
        if result.isInfinite { throw overflow }
        return sign * result
    }
}

/// float.hex (floatobject.c float_hex): 13 hex digits after the point, exponent in decimal.
func floatHex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    // frexp: |x| = m * 2**e with m in [0.5, 1).
    let ax = Swift.abs(x)
    var e = Int(ax.exponent) + 1
    var m = ax.significand / 2
    // Subnormals keep a leading 0 digit, as CPython prints them.
    let shift = 1 - max(-1021 - e, 0)
    m = Double(sign: .plus, exponent: shift, significand: m)
    e -= shift
    let hexDigits = Array("0123456789abcdef")
    var s = ""
    var digit = Int(m)
    s.append(hexDigits[digit])
    s.append(".")
    m -= Double(digit)
    for _ in 0..<13 {
        m *= 16
        digit = Int(m)
        s.append(hexDigits[digit])
        m -= Double(digit)
    }
    let exponentText = e < 0 ? "-\(-e)" : "+\(e)"
    return (x < 0 ? "-0x" : "0x") + s + "p" + exponentText
}
