// printf-style `str % args` (PyUnicode_Format): mapping keys, flags, `*` widths, every conversion.
import BigInt

extension Runtime {
    /// `format % args`.
    func percentFormat(_ format: String, _ args: Value) throws -> Value {
        var values: [Value]
        var isTuple = false
        var mapping: Value? = nil
        if case .object(let o) = args, let t = o as? PyTuple, o.type === types.tuple || o.type.isSubtype(of: types.tuple) {
            values = t.items
            isTuple = true
        } else {
            values = [args]
            if case .object(let o) = args, !(o is PyStrObject), o.type.lookup(staticName("__getitem__")) != nil { mapping = args }
        }
        var out = ""
        var spans = SurrogateSpans()
        let chars = Array(format.unicodeScalars)
        var pos = 0
        var used = 0
        func next() throws -> Value {
            guard used < values.count else { throw error(types.typeError, "not enough arguments for format string") }
            defer { used += 1 }
            return values[used]
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        while pos < chars.count {
            let c = chars[pos]
            pos += 1
            guard c == "%" else { out.unicodeScalars.append(c); continue }
            var argument: Value? = nil
            if pos < chars.count && chars[pos] == "(" {
                guard let mapping else { throw error(types.typeError, "format requires a mapping") }
                pos += 1
                var depth = 1
                let keyStart = pos
                while pos < chars.count {
                    if chars[pos] == "(" { depth += 1 } else if chars[pos] == ")" { depth -= 1; if depth == 0 { break } }
                    pos += 1
                }
                guard pos < chars.count else { throw error(types.valueError, "incomplete format key") }
                var key = String.UnicodeScalarView()
                key.append(contentsOf: chars[keyStart..<pos])
                pos += 1
                argument = try getItem(mapping, str(String(key)))
                values = []
                used = 0
            }
            var left = false, plus = false, space = false, alternate = false, zero = false
            while pos < chars.count {
                switch chars[pos] {
                case "-": left = true
                case "+": plus = true
                case " ": space = true
                case "#": alternate = true
                case "0": zero = true
                default: break
                }
                if "-+ #0".unicodeScalars.contains(chars[pos]) { pos += 1 } else { break }
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
            if pos < chars.count && chars[pos] == "*" {
                pos += 1
                width = try starValue()
                if width < 0 { left = true; width = -width }
            } else {
                while pos < chars.count, isDigit(chars[pos]) { width = width * 10 + Int(chars[pos].value - 0x30); pos += 1 }
            }
            var precision: Int? = nil
            if pos < chars.count && chars[pos] == "." {
                pos += 1
                if pos < chars.count && chars[pos] == "*" {
                    pos += 1
                    precision = max(0, try starValue())
                } else {
                    var p = 0
                    while pos < chars.count, isDigit(chars[pos]) { p = p * 10 + Int(chars[pos].value - 0x30); pos += 1 }
                    precision = p
                }
            }
            while pos < chars.count, "hlL".unicodeScalars.contains(chars[pos]) { pos += 1 }
            guard pos < chars.count else { throw error(types.valueError, "incomplete format") }
            let conversion = chars[pos]
            pos += 1
            if conversion == "%" { out += "%"; continue }
            let given = try argument ?? next()
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
                throw error(types.valueError, "unsupported format character '\(String(conversion))' (0x\(String(conversion.value, radix: 16))) at index \(pos - 1)")
            }
            if numeric && sign.isEmpty { sign = plus ? "+" : (space ? " " : "") }
            let length = sign.unicodeScalars.count + prefix.count + body.unicodeScalars.count
            if width > length {
                let pad = width - length
                let before = left ? sign.unicodeScalars.count + prefix.count : pad + sign.unicodeScalars.count + prefix.count
                if let exactBody { spans.note(exactBody, appendingTo: out, at: before) }
                if left { out += sign + prefix + body + String(repeating: " ", count: pad) }
                else if zero && numeric { out += sign + prefix + String(repeating: "0", count: pad) + body }
                else { out += String(repeating: " ", count: pad) + sign + prefix + body }
            } else {
                if let exactBody { spans.note(exactBody, appendingTo: out, at: sign.unicodeScalars.count + prefix.count) }
                out += sign + prefix + body
            }
        }
        if mapping == nil && used < values.count {
            throw error(types.typeError, "not all arguments converted during string formatting")
        }
        _ = isTuple
        return exactText(out, spans)
    }
}
