// printf-style `str % args` (PyUnicode_Format): mapping keys, flags, `*` widths, every conversion.
import BigInt

extension Runtime {
    /// `format % args`.
    func percentFormat(_ format: String, _ args: Value) throws -> Value {
        let values: [Value]
        var mapping: Value? = nil
        if case .object(let o) = args, let t = o as? PyTuple, o.type === types.tuple || o.type.isSubtype(of: types.tuple) {
            values = t.items
        } else {
            values = [args]
            if case .object(let o) = args, !(o is PyStrObject), o.type.lookup(staticName("__getitem__")) != nil { mapping = args }
        }
        var text = format
        return try text.withUTF8 { chars in
            try percentFormat(chars, values: values, mapping: mapping)
        }
    }

    /// The formatting loop over the format's UTF-8 bytes (every directive character is ASCII;
    /// literal runs are copied as byte ranges).
    private func percentFormat(_ chars: UnsafeBufferPointer<UInt8>, values: [Value], mapping: Value?) throws -> Value {
        var values = values
        var out: [UInt8] = []
        out.reserveCapacity(chars.count + 16)
        var spans = SurrogateSpans()
        var pos = 0
        var used = 0
        func next() throws -> Value {
            guard used < values.count else { throw error(types.typeError, "not enough arguments for format string") }
            defer { used += 1 }
            return values[used]
        }
        func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
        func codePointOffset() -> Int { out.withUnsafeBufferPointer { StrBytes.codePointCount($0, ascii: false) } }
        while pos < chars.count {
            let runStart = pos
            while pos < chars.count && chars[pos] != UInt8(ascii: "%") { pos += 1 }
            if pos > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: chars[runStart..<pos])) }
            if pos >= chars.count { break }
            pos += 1
            var argument: Value? = nil
            if pos < chars.count && chars[pos] == UInt8(ascii: "(") {
                guard let mapping else { throw error(types.typeError, "format requires a mapping") }
                pos += 1
                var depth = 1
                let keyStart = pos
                while pos < chars.count {
                    if chars[pos] == UInt8(ascii: "(") { depth += 1 } else if chars[pos] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                    pos += 1
                }
                guard pos < chars.count else { throw error(types.valueError, "incomplete format key") }
                let key = String(decoding: UnsafeBufferPointer(rebasing: chars[keyStart..<pos]), as: UTF8.self)
                pos += 1
                argument = try getItem(mapping, str(key))
                values = []
                used = 0
            }
            var left = false, plus = false, space = false, alternate = false, zero = false
            while pos < chars.count {
                switch chars[pos] {
                case UInt8(ascii: "-"): left = true
                case UInt8(ascii: "+"): plus = true
                case UInt8(ascii: " "): space = true
                case UInt8(ascii: "#"): alternate = true
                case UInt8(ascii: "0"): zero = true
                default: break
                }
                if chars[pos] == UInt8(ascii: "-") || chars[pos] == UInt8(ascii: "+") || chars[pos] == UInt8(ascii: " ")
                    || chars[pos] == UInt8(ascii: "#") || chars[pos] == UInt8(ascii: "0") { pos += 1 } else { break }
            }
            func starValue() throws -> Int {
                let v = try next()
                switch v {
                case .int(let i): return i
                case .bool(let b): return b ? 1 : 0
                default: throw error(types.typeError, "* wants int")
                }
            }
            var width = 0
            if pos < chars.count && chars[pos] == UInt8(ascii: "*") {
                pos += 1
                width = try starValue()
                if width < 0 { left = true; width = -width }
            } else {
                while pos < chars.count, isDigit(chars[pos]) { width = width &* 10 &+ Int(chars[pos] - 0x30); pos += 1 }
            }
            var precision: Int? = nil
            if pos < chars.count && chars[pos] == UInt8(ascii: ".") {
                pos += 1
                if pos < chars.count && chars[pos] == UInt8(ascii: "*") {
                    pos += 1
                    precision = max(0, try starValue())
                } else {
                    var p = 0
                    while pos < chars.count, isDigit(chars[pos]) { p = p &* 10 &+ Int(chars[pos] - 0x30); pos += 1 }
                    precision = p
                }
            }
            while pos < chars.count, chars[pos] == UInt8(ascii: "h") || chars[pos] == UInt8(ascii: "l") || chars[pos] == UInt8(ascii: "L") { pos += 1 }
            guard pos < chars.count else { throw error(types.valueError, "incomplete format") }
            // The conversion is one code point (its UTF-8 length from the lead byte).
            let conversionStart = pos
            let lead = chars[pos]
            pos = Swift.min(pos + (lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))), chars.count)
            let conversion = String(decoding: UnsafeBufferPointer(rebasing: chars[conversionStart..<pos]), as: UTF8.self)
                .unicodeScalars.first ?? "\u{FFFD}"
            if conversion == "%" { out.append(UInt8(ascii: "%")); continue }
            let given = try argument ?? next()
            // The common directives: %s of an exact str and %d of an int, without flags.
            if width == 0 && precision == nil && !plus && !space {
                if conversion == "s", case .object(let o) = given, o.type === types.str, let s = o as? PyStrObject,
                   s.surrogateCodePoints == nil {
                    s.withUTF8 { out.append(contentsOf: $0) }
                    continue
                }
                if conversion == "d" || conversion == "i", case .int(let number) = given {
                    out.append(contentsOf: String(number).utf8)
                    continue
                }
            }
            // Numeric conversions see an int/float subclass instance as its plain value.
            let v = conversion == "s" || conversion == "r" || conversion == "a" ? given : unboxedNumber(given)
            var sign = "", prefix = "", body = ""
            var exactBody: [UInt32]? = nil  // the body's code points when it has lone surrogates
            var numeric = true
            switch conversion {
            case "s", "r", "a":
                numeric = false
                if conversion == "s" {
                    let sv = try strObject(v)
                    body = (sv.object as? PyStrObject)?.value ?? ""
                    exactBody = surrogatePiece(sv)
                } else {
                    body = conversion == "r" ? try repr(v) : try ascii(v)
                }
                if let p = precision {
                    var view = String.UnicodeScalarView(); view.append(contentsOf: body.unicodeScalars.prefix(p)); body = String(view)
                    exactBody = exactBody.map { Array($0.prefix(p)) }
                }
            case "c":
                numeric = false
                if case .object(let o) = v, let s = o as? PyStrObject {
                    guard s.count == 1 else { throw error(types.typeError, "%c requires int or char") }
                    body = s.value
                } else {
                    let i: BigInt
                    switch v {
                    case .int, .bool: i = try bigValue(v)
                    case .object(let o) where o is PyBigIntObject: i = try bigValue(v)
                    default: throw error(types.typeError, "%c requires int or char")
                    }
                    guard let n = UInt32(exactly: i), n < 0x110000, let scalar = Unicode.Scalar(n) else {
                        throw error(types.overflowError, "%c arg not in range(0x110000)")
                    }
                    body = String(Character(scalar))
                }
            case "d", "i", "u", "x", "X", "o":
                // Machine ints format without BigInt.
                if case .int(let small) = v {
                    if small < 0 { sign = "-" }
                    switch conversion {
                    case "x": body = String(small.magnitude, radix: 16); if alternate { prefix = "0x" }
                    case "X": body = String(small.magnitude, radix: 16, uppercase: true); if alternate { prefix = "0X" }
                    case "o": body = String(small.magnitude, radix: 8); if alternate { prefix = "0o" }
                    default: body = String(small.magnitude)
                    }
                    if let p = precision, body.utf8.count < p { body = String(repeating: "0", count: p - body.utf8.count) + body }
                    break
                }
                var n: BigInt
                switch v {
                case .int, .bool: n = try bigValue(v)
                case .object(let o) where o is PyBigIntObject: n = try bigValue(v)
                case .float(let d) where "diu".unicodeScalars.contains(conversion):
                    if d.isNaN { throw error(types.valueError, "cannot convert float NaN to integer") }
                    if d.isInfinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
                    n = BigInt(d.rounded(.towardZero))
                default:
                    if "diu".unicodeScalars.contains(conversion) {
                        if case .object(let o) = v, o.type.lookup(staticName("__int__")) != nil || o.type.lookup(staticName("__index__")) != nil {
                            n = try bigValue(try call(.object(types.int), [v]))
                        } else {
                            throw error(types.typeError, "%\(conversion) format: a real number is required, not \(typeName(v))")
                        }
                    } else if case .object(let o) = v, o.type.lookup(staticName("__index__")) != nil {
                        n = BigInt(try index(v))
                    } else {
                        throw error(types.typeError, "%\(conversion) format: an integer is required, not \(typeName(v))")
                    }
                }
                if n.sign == .minus { sign = "-"; n = -n }
                switch conversion {
                case "x": body = String(n, radix: 16); if alternate { prefix = "0x" }
                case "X": body = String(n, radix: 16, uppercase: true); if alternate { prefix = "0X" }
                case "o": body = String(n, radix: 8); if alternate { prefix = "0o" }
                default: body = String(n)
                }
                if let p = precision, body.count < p { body = String(repeating: "0", count: p - body.count) + body }
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                switch v {
                case .float(let x): d = x
                case .int, .bool: d = Double(try bigValue(v))
                case .object(let o) where o is PyBigIntObject: d = try bigToDouble((o as! PyBigIntObject).value)
                case .object(let o as PyBoxedFloat) where o.type.lookup(staticName("__float__")) == nil: d = o.value
                default:
                    if case .object(let o) = v, o.type.lookup(staticName("__float__")) != nil || o.type.lookup(staticName("__index__")) != nil {
                        guard case .float(let x) = try floatConstructor([.none, v]) else { throw error(types.typeError, "must be real number, not \(typeName(v))") }
                        d = x
                    } else {
                        throw error(types.typeError, "must be real number, not \(typeName(v))")
                    }
                }
                if d.sign == .minus && !d.isNaN { sign = "-" }
                body = formatDouble(Swift.abs(d), Character(conversion), precision ?? 6, alternate: alternate)
                if !d.isFinite { zero = false }
            default:
                let index = StrBytes.codePointCount(UnsafeBufferPointer(rebasing: chars[0..<conversionStart]), ascii: false)
                // CPython shows printable ASCII as itself and anything else as '?'.
                let shown = conversion.value >= 32 && conversion.value < 127 ? String(conversion) : "?"
                throw error(types.valueError, "unsupported format character '\(shown)' (0x\(String(conversion.value, radix: 16))) at index \(index)")
            }
            if numeric && sign.isEmpty { sign = plus ? "+" : (space ? " " : "") }
            // The sign and prefix are ASCII; the body is measured only when a width needs it.
            let head = sign.utf8.count + prefix.utf8.count
            let length = width > 0 ? head + body.unicodeScalars.count : 0
            let pad = width > length ? width - length : 0
            func appendRepeated(_ byte: UInt8, _ n: Int) { for _ in 0..<n { out.append(byte) } }
            if let exactBody { spans.note(exactBody, appendingTo: "", at: codePointOffset() + head + (left ? 0 : pad)) }
            if pad > 0 && !left && !(zero && numeric) { appendRepeated(UInt8(ascii: " "), pad) }
            out.append(contentsOf: sign.utf8)
            out.append(contentsOf: prefix.utf8)
            if pad > 0 && !left && zero && numeric { appendRepeated(UInt8(ascii: "0"), pad) }
            out.append(contentsOf: body.utf8)
            if pad > 0 && left { appendRepeated(UInt8(ascii: " "), pad) }
        }
        if mapping == nil && used < values.count {
            throw error(types.typeError, "not all arguments converted during string formatting")
        }
        return exactText(String(decoding: out, as: UTF8.self), spans)
    }
}
