// format(value, spec) with the format-spec mini-language for int, float and str, and
// ascii(); other types use __format__ (object.__format__ accepts only an empty spec).
import BigInt
import PyBytecode

struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil
    var noNegativeZero = false
    var tooManyDigits = false

    /// Parses a format spec by code points (Python's fill is one code point, not one
    /// grapheme; scanning scalars also avoids Character segmentation on a hot path).
    init?(_ spec: String) {
        let chars = Array(spec.unicodeScalars)
        var i = 0
        @inline(__always) func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < chars.count ? chars[i + k] : nil }
        @inline(__always) func isAlign(_ c: Unicode.Scalar?) -> Bool {
            c == "<" || c == ">" || c == "=" || c == "^"
        }
        @inline(__always) func isDigit(_ c: Unicode.Scalar?) -> Bool {
            guard let c else { return false }
            return c.value >= 48 && c.value <= 57
        }
        if chars.count >= 2, isAlign(chars[1]) {
            fill = Character(chars[0])
            align = Character(chars[1])
            i = 2
        } else if isAlign(peek()) {
            align = Character(chars[0])
            i = 1
        }
        if let c = peek(), c == "+" || c == "-" || c == " " { sign = Character(c); i += 1 }
        if peek() == "z" { noNegativeZero = true; i += 1 }
        if peek() == "#" { alternate = true; i += 1 }
        if peek() == "0" { zeroPad = true; i += 1 }
        /// Reads a run of ASCII digits: (value, digit count); value nil on overflow.
        func digits() -> (Int?, Int) {
            var value: Int? = 0
            var count = 0
            while isDigit(peek()), let c = peek() {
                if let v = value {
                    let (m, o1) = v.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(c.value - 48))
                    value = (o1 || o2) ? nil : a
                }
                count += 1
                i += 1
            }
            return (value, count)
        }
        let (w, widthDigits) = digits()
        width = w ?? 0
        if widthDigits > 0 && w == nil { tooManyDigits = true }
        if let c = peek(), c == "," || c == "_" { grouping = Character(c); i += 1 }
        if peek() == "." {
            i += 1
            let (p, precisionDigits) = digits()
            if precisionDigits == 0 { return nil }
            if p == nil { tooManyDigits = true }
            precision = p ?? 0
        }
        if let c = peek() { type = Character(c); i += 1 }
        if i < chars.count { return nil }
    }
}

extension Runtime {
    public func ascii(_ v: Value) throws -> String {
        var out = ""
        for scalar in try repr(v).unicodeScalars {
            if scalar.value < 0x80 { out.unicodeScalars.append(scalar) }
            else if scalar.value <= 0xFF { out += "\\x" + hex(scalar.value, 2) }
            else if scalar.value <= 0xFFFF { out += "\\u" + hex(scalar.value, 4) }
            else { out += "\\U" + hex(scalar.value, 8) }
        }
        return out
    }

    private func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `format(v, spec)`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        if case .object(let o) = v, o.type.isHeapType, let method = o.type.lookup(staticName("__format__")),
           !(method.object is PyBuiltinFunction) {
            let r = try callMethodValue(method, v, [str(spec)])
            guard case .object(let ro) = r, let s = ro as? PyStrObject else {
                throw error(types.typeError, "__format__ must return a str, not \(typeName(r))")
            }
            return s.value
        }
        return try nativeFormat(v, spec)
    }

    /// The builtin types' own __format__ (int, float, str, complex), whatever the
    /// receiver's class: `int.__format__` of a subclass instance runs this, never an override.
    func nativeFormat(_ v: Value, _ spec: String) throws -> String {
        if spec.isEmpty { return try toStr(v) }
        var previous: UInt8 = 0x20
        for c in spec.utf8 {
            if (previous == 0x2C && c == 0x5F) || (previous == 0x5F && c == 0x2C) {  // ",_" or "_,"
                throw error(types.valueError, "Cannot specify both ',' and '_'.")
            }
            previous = c
        }
        let parsedSpec = FormatSpec(spec)
        if let p = parsedSpec, p.tooManyDigits { throw error(types.valueError, "Too many decimal digits in format string") }
        guard let parsed = parsedSpec else {
            if let dot = spec.firstIndex(of: "."), !(spec[spec.index(after: dot)...].first?.isNumber ?? false) {
                throw error(types.valueError, "Format specifier missing precision")
            }
            throw error(types.valueError, "Invalid format specifier '\(spec)' for object of type '\(typeName(v))'")
        }
        switch v {
        case .int(let i): return try formatInteger(.small(i), parsed, value: v)
        case .bool(let b): return try formatInteger(.small(b ? 1 : 0), parsed, value: v)
        case .float(let d): return try formatFloat(d, parsed)
        case .object(let o):
            if let big = o as? PyBigIntObject { return try formatInteger(.big(big.value), parsed, value: v) }
            if let f = o as? PyBoxedFloat { return try formatFloat(f.value, parsed) }
            if let c = o as? PyComplex { return try formatComplex(c, parsed) }
            if let f = o as? PyBoxedFloat { return try formatFloat(f.value, parsed) }
            if let s = o as? PyStrObject {
                if let t = parsed.type, t != "s" {
                    throw error(types.valueError, "Unknown format code '\(t)' for object of type 'str'")
                }
                if parsed.sign != "-" { throw error(types.valueError, "Sign not allowed in string format specifier") }
                if parsed.alternate { throw error(types.valueError, "Alternate form (#) not allowed in string format specifier") }
                if let g = parsed.grouping { throw error(types.valueError, "Cannot specify '\(g)' with 's'.") }
                if parsed.align == "=" { throw error(types.valueError, "'=' alignment not allowed in string format specifier") }
                var parsed = parsed
                if parsed.zeroPad && parsed.align == nil { parsed.fill = "0" }
                var text = s.value
                if let p = parsed.precision { text = String(text.unicodeScalars.prefix(p).map(Character.init)) }
                return pad(text, parsed, defaultAlign: "<")
            }
        default: break
        }
        throw error(types.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }

    func pad(_ body: String, _ spec: FormatSpec, defaultAlign: Character, signLength: Int = 0) -> String {
        guard spec.width > 0 else { return body }
        let length = body.unicodeScalars.count
        guard spec.width > length else { return body }
        let padding = spec.width - length
        // Built as UTF-8 bytes; the sign and prefix kept in front by "=" are ASCII.
        let fill = Array(String(spec.fill).utf8)
        let bytes = Array(body.utf8)
        var out: [UInt8] = []
        let (fillBytes, overflow) = padding.multipliedReportingOverflow(by: fill.count)
        if !overflow && fillBytes < 1 << 20 { out.reserveCapacity(bytes.count + fillBytes) }
        func addFill(_ n: Int) { for _ in 0..<n { out.append(contentsOf: fill) } }
        switch spec.align ?? defaultAlign {
        case "<":
            out.append(contentsOf: bytes)
            addFill(padding)
        case "^":
            addFill(padding / 2)
            out.append(contentsOf: bytes)
            addFill(padding - padding / 2)
        case "=":
            let signBytes = Swift.min(signLength, bytes.count)
            out.append(contentsOf: bytes[..<signBytes])
            addFill(padding)
            out.append(contentsOf: bytes[signBytes...])
        default:
            addFill(padding)
            out.append(contentsOf: bytes)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Inserts `separator` between groups of `every` digits, counted from the right.
    /// `digits` is ASCII (decimal, hex, octal or binary digits).
    func group(_ digits: String, _ separator: Character, every: Int = 3) -> String {
        let bytes = Array(digits.utf8)
        let separatorBytes = Array(String(separator).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / every * separatorBytes.count)
        for (i, b) in bytes.enumerated() {
            if i > 0 && (bytes.count - i) % every == 0 { out.append(contentsOf: separatorBytes) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An int to format: machine-sized ones skip BigInt.
    enum FormattedInteger {
        case small(Int)
        case big(BigInt)

        var isNegative: Bool {
            switch self {
            case .small(let i): return i < 0
            case .big(let b): return b.sign == .minus
            }
        }
        var bigValue: BigInt {
            switch self {
            case .small(let i): return BigInt(i)
            case .big(let b): return b
            }
        }
        /// The magnitude's digits in `radix` (lowercase).
        func digits(_ radix: Int, _ rt: Runtime) throws -> String {
            switch self {
            case .small(let i): return String(i.magnitude, radix: radix)
            case .big(let b): return radix == 10 ? try rt.decimalString(BigInt(b.magnitude)) : String(b.magnitude, radix: radix)
            }
        }
    }

    func formatInteger(_ value: FormattedInteger, _ spec: FormatSpec, value original: Value) throws -> String {
        let type = spec.type ?? "d"
        let code = type.asciiValue ?? 0
        if "eEfFgG%".utf8.contains(code) {
            switch value {
            case .small(let i): return try formatFloat(Double(i), spec)
            case .big(let b): return try formatFloat(Double(b), spec)
            }
        }
        if let g = spec.grouping, "cbBoxXn".utf8.contains(code), !(g == "_" && "boxX".utf8.contains(code)) {
            throw error(types.valueError, "Cannot specify '\(g)' with '\(type)'.")
        }
        if spec.precision != nil, "dnbcoxX".utf8.contains(code) { throw error(types.valueError, "Precision not allowed in integer format specifier") }
        if spec.noNegativeZero, "dnbcoxX".utf8.contains(code) {
            throw error(types.valueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        if type == "c" && spec.sign != "-" { throw error(types.valueError, "Sign not allowed with integer format specifier 'c'") }
        if type == "c" && spec.alternate { throw error(types.valueError, "Alternate form (#) not allowed with integer format specifier 'c'") }
        var digits: String
        var prefix = ""
        switch type {
        case "d", "n": digits = try value.digits(10, self)
        case "b": digits = try value.digits(2, self); prefix = spec.alternate ? "0b" : ""
        case "o": digits = try value.digits(8, self); prefix = spec.alternate ? "0o" : ""
        case "x": digits = try value.digits(16, self); prefix = spec.alternate ? "0x" : ""
        case "X": digits = try value.digits(16, self).uppercased(); prefix = spec.alternate ? "0X" : ""
        case "c":
            guard let scalar = Int(exactly: value.bigValue).flatMap({ UInt32(exactly: $0) }).flatMap(Unicode.Scalar.init) else {
                throw error(types.overflowError, "%c arg not in range(0x110000)")
            }
            return pad(String(Character(scalar)), spec, defaultAlign: ">")
        default:
            throw error(types.valueError, "Unknown format code '\(type)' for object of type '\(typeName(original))'")
        }
        let sign = value.isNegative ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        if let g = spec.grouping {
            let every = type == "d" || type == "n" ? 3 : 4
            var grouped = group(digits, g, every: every)
            if spec.zeroPad && spec.align == nil {
                let need = spec.width - sign.count - prefix.count
                while grouped.count < need { digits = "0" + digits; grouped = group(digits, g, every: every) }
            }
            digits = grouped
        }
        var spec = spec
        if spec.zeroPad && spec.align == nil { spec.fill = "0"; spec.align = "=" }
        return pad(sign + prefix + digits, spec, defaultAlign: ">", signLength: sign.count + prefix.count)
    }

    func formatFloat(_ d: Double, _ spec: FormatSpec) throws -> String {
        var body: String
        let type = spec.type
        var negative = d.sign == .minus && !(d.isNaN)
        let magnitude = Swift.abs(d)
        switch type {
        case nil:
            if let p = spec.precision {
                body = formatDouble(magnitude, "g", max(p, 1))
                if !body.contains(".") && !body.contains("e") && !body.contains("n") && !body.contains("i") { body += ".0" }
                if body.contains("e") && !body.contains(".") {} // CPython keeps e.g. '1e+16'
            } else {
                body = PyRepr.repr(float: magnitude)
            }
        case "f", "F": body = formatDouble(magnitude, type!, spec.precision ?? 6, alternate: spec.alternate)
        case "e", "E": body = formatDouble(magnitude, type!, spec.precision ?? 6, alternate: spec.alternate)
        case "g", "G":
            body = formatDouble(magnitude, type!, spec.precision == 0 ? 1 : (spec.precision ?? 6), alternate: spec.alternate)
        case "%":
            body = formatDouble(magnitude * 100, "f", spec.precision ?? 6, alternate: spec.alternate) + "%"
        default:
            throw error(types.valueError, "Unknown format code '\(type!)' for object of type 'float'")
        }
        if spec.noNegativeZero && negative && !body.contains(where: { "123456789".contains($0) }) && !body.contains("n") { negative = false }
        let sign = negative ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        if let g = spec.grouping {
            let splitAt = body.firstIndex { !$0.isNumber } ?? body.endIndex
            var intPart = String(body[..<splitAt])
            let rest = String(body[splitAt...])
            if !intPart.isEmpty {
                var grouped = group(intPart, g)
                if spec.zeroPad && spec.align == nil {
                    let need = spec.width - sign.count - rest.count
                    while grouped.count < need { intPart = "0" + intPart; grouped = group(intPart, g) }
                }
                body = grouped + rest
            }
        }
        var spec = spec
        if spec.zeroPad && spec.align == nil { spec.fill = "0"; spec.align = "=" }
        return pad(sign + body, spec, defaultAlign: ">", signLength: sign.count)
    }
}
