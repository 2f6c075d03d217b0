// printf-style formatting of bytes and bytearray (PEP 461, CPython's _PyBytes_FormatEx):
// %s/%b take bytes-like values or __bytes__, %r/%a are ascii(), numbers as for str.
import BigInt
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    func bytesPercentFormat(_ receiver: PyObject, _ args: Value) throws -> Value {
        let format = (receiver as? PyBytes)?.bytes ?? (receiver as? PyByteArray)?.bytes ?? []
        var values: [Value]
        var isTuple = false
        if case .object(let o) = args, let t = o as? PyTuple {
            values = t.items
            isTuple = true
        } else {
            values = [args]
        }
        // A mapping argument (anything subscriptable but a tuple or str) feeds %(key)s.
        var mapping: Value? = nil
        if !isTuple, strValue(args) == nil, case .object(let o) = args,
           o is PyDict || o is PyList || o is PyBytes || o is PyByteArray || o is PyRange
            || (o.type.isHeapType && o.type.lookup(staticName("__getitem__")) != nil) {
            mapping = args
        }
        var used = 0
        func nextArgument() throws -> Value {
            guard used < values.count else { throw error(types.typeError, "not enough arguments for format string") }
            defer { used += 1 }
            return values[used]
        }
        var out: [UInt8] = []
        out.reserveCapacity(format.count)
        var i = 0
        let n = format.count
        var usedMapping = false
        while i < n {
            let c = format[i]
            i += 1
            guard c == UInt8(ascii: "%") else { out.append(c); continue }
            guard i < n else { throw error(types.valueError, "incomplete format") }
            if format[i] == UInt8(ascii: "%") { out.append(c); i += 1; continue }
            var value: Value? = nil
            if format[i] == UInt8(ascii: "(") {
                guard let mapping else { throw error(types.typeError, "format requires a mapping") }
                var depth = 1
                i += 1
                let keyStart = i
                while i < n && depth > 0 {
                    if format[i] == UInt8(ascii: "(") { depth += 1 } else if format[i] == UInt8(ascii: ")") { depth -= 1 }
                    i += 1
                }
                guard depth == 0 else { throw error(types.valueError, "incomplete format key") }
                value = try getItem(mapping, bytes(Array(format[keyStart..<(i - 1)])))
                usedMapping = true
                // After a keyed conversion there are no positional arguments left.
                values = []
                used = 0
            }
            var flags = PercentFlags()
            flagLoop: while i < n {
                switch format[i] {
                case UInt8(ascii: "-"): flags.left = true
                case UInt8(ascii: "+"): flags.sign = true
                case UInt8(ascii: " "): flags.blank = true
                case UInt8(ascii: "#"): flags.alternate = true
                case UInt8(ascii: "0"): flags.zero = true
                default: break flagLoop
                }
                i += 1
            }
            var width = -1
            if i < n && format[i] == UInt8(ascii: "*") {
                i += 1
                let w = try nextArgument()
                guard case .int(let wi) = w else { throw error(types.typeError, "* wants int") }
                if wi < 0 { flags.left = true }
                width = Swift.abs(wi)
            } else {
                while i < n, format[i] >= 0x30, format[i] <= 0x39 {
                    width = Swift.max(width, 0) &* 10 &+ Int(format[i] - 0x30)
                    if width > Int(Int32.max) { throw error(types.valueError, "width too big") }
                    i += 1
                }
            }
            var precision = -1
            if i < n && format[i] == UInt8(ascii: ".") {
                i += 1
                precision = 0
                if i < n && format[i] == UInt8(ascii: "*") {
                    i += 1
                    let p = try nextArgument()
                    guard case .int(let pi) = p else { throw error(types.typeError, "* wants int") }
                    precision = Swift.max(0, pi)
                } else {
                    while i < n, format[i] >= 0x30, format[i] <= 0x39 {
                        precision = precision &* 10 &+ Int(format[i] - 0x30)
                        if precision > Int(Int32.max) { throw error(types.valueError, "precision too big") }
                        i += 1
                    }
                }
            }
            // Length modifiers are accepted and ignored, as in C.
            while i < n, format[i] == UInt8(ascii: "h") || format[i] == UInt8(ascii: "l") || format[i] == UInt8(ascii: "L") { i += 1 }
            guard i < n else { throw error(types.valueError, "incomplete format") }
            let conversion = format[i]
            i += 1
            // "%5%" is not "%%": CPython fetches an argument, then rejects the conversion.
            let v = try value ?? nextArgument()
            var piece: [UInt8]
            var numeric = false
            switch conversion {
            case UInt8(ascii: "s"), UInt8(ascii: "b"):
                piece = try percentBytesArgument(v)
                if precision >= 0 && piece.count > precision { piece = Array(piece[0..<precision]) }
            case UInt8(ascii: "r"), UInt8(ascii: "a"):
                piece = Array(try ascii(v).utf8)
                if precision >= 0 && piece.count > precision { piece = Array(piece[0..<precision]) }
            case UInt8(ascii: "c"):
                piece = [try percentCharArgument(v)]
            case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "x"),
                 UInt8(ascii: "X"), UInt8(ascii: "o"):
                piece = Array(try percentInteger(v, Character(Unicode.Scalar(conversion)), flags, precision).utf8)
                numeric = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"),
                 UInt8(ascii: "g"), UInt8(ascii: "G"):
                piece = Array(try percentFloat(v, Character(Unicode.Scalar(conversion)), flags, precision).utf8)
                numeric = true
            default:
                let shown = conversion < 0x80 ? String(Unicode.Scalar(conversion)) : "?"
                throw error(types.valueError,
                            "unsupported format character '\(shown)' (0x\(String(conversion, radix: 16))) at index \(i - 1)")
            }
            out += padPercentPiece(piece, width: width, flags: flags, numeric: numeric)
        }
        if used < values.count && mapping == nil && !usedMapping {
            throw error(types.typeError, "not all arguments converted during bytes formatting")
        }
        return sameKind(receiver, out)
    }

    struct PercentFlags {
        var left = false, sign = false, blank = false, alternate = false, zero = false
    }

    /// %s / %b: a bytes-like value or the result of __bytes__.
    private func percentBytesArgument(_ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        if case .object(let o) = v, let method = o.type.lookup(staticName("__bytes__")) {
            let r = try callMethodValue(method, v, [])
            guard case .object(let ro) = r, let b = ro as? PyBytes else {
                throw error(types.typeError, "__bytes__ returned non-bytes (type \(typeName(r)))")
            }
            return b.bytes
        }
        throw error(types.typeError,
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(v))'")
    }

    private func percentCharArgument(_ v: Value) throws -> UInt8 {
        if let b = bytesLike(v) {
            guard b.count == 1 else {
                throw error(types.typeError, "%c requires an integer in range(256) or a single byte")
            }
            return b[0]
        }
        switch v {
        case .int, .bool:
            guard let b = UInt8(exactly: try index(v)) else { throw error(types.overflowError, "%c arg not in range(256)") }
            return b
        case .object(let o) where o is PyBigIntObject:
            throw error(types.overflowError, "%c arg not in range(256)")
        default:
            throw error(types.typeError, "%c requires an integer in range(256) or a single byte")
        }
    }

    /// %d %i %u %x %X %o (formatlong): sign, '#' prefix and precision as zero-filled digits;
    /// width padding is applied by the caller.
    func percentInteger(_ v: Value, _ conversion: Character, _ flags: PercentFlags, _ precision: Int) throws -> String {
        let value: BigInt
        switch v {
        case .int(let i): value = BigInt(i)
        case .bool(let b): value = BigInt(b ? 1 : 0)
        case .float(let d) where "diu".contains(conversion):
            if d.isNaN { throw error(types.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
            value = BigInt(d.rounded(.towardZero))
        case .object(let o):
            if let big = o as? PyBigIntObject { value = big.value; break }
            if let f = o as? PyBoxedFloat, "diu".contains(conversion) {
                if !f.value.isFinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
                value = BigInt(f.value.rounded(.towardZero))
                break
            }
            if o.type.lookup(staticName("__index__")) != nil {
                value = try bigValue(try callSpecial(v, "__index__", []) ?? .int(0))
                break
            }
            if "diu".contains(conversion), let r = try callSpecial(v, "__int__", []) {
                value = try bigValue(r)
                break
            }
            fallthrough
        default:
            if "diu".contains(conversion) {
                throw error(types.typeError, "%\(conversion) format: a real number is required, not \(typeName(v))")
            }
            throw error(types.typeError, "%\(conversion) format: an integer is required, not \(typeName(v))")
        }
        let radix = conversion == "o" ? 8 : (conversion == "x" || conversion == "X") ? 16 : 10
        var digits = String(value.magnitude, radix: radix, uppercase: conversion == "X")
        if precision > digits.count { digits = String(repeating: "0", count: precision - digits.count) + digits }
        var prefix = ""
        if flags.alternate && radix != 10 { prefix = conversion == "o" ? "0o" : (conversion == "X" ? "0X" : "0x") }
        let sign = value.sign == .minus ? "-" : (flags.sign ? "+" : (flags.blank ? " " : ""))
        return sign + prefix + digits
    }

    /// %e %f %g (formatfloat): PyOS_double_to_string with the sign and '#' flags.
    func percentFloat(_ v: Value, _ conversion: Character, _ flags: PercentFlags, _ precision: Int) throws -> String {
        let d: Double
        switch v {
        case .float(let x): d = x
        case .int(let i): d = Double(i)
        case .bool(let b): d = b ? 1 : 0
        case .object(let o):
            // Any failure to convert is reported as this TypeError (formatfloat).
            let converted: Double?
            if let big = o as? PyBigIntObject { converted = try? bigToDouble(big.value) }
            else if let f = o as? PyBoxedFloat { converted = f.value }
            else if let r = try callSpecial(v, "__float__", []), case .float(let x) = r { converted = x }
            else if o.type.lookup(staticName("__index__")) != nil { converted = Double(try index(v)) }
            else { converted = nil }
            guard let converted else { throw error(types.typeError, "float argument required, not \(typeName(v))") }
            d = converted
        default:
            throw error(types.typeError, "float argument required, not \(typeName(v))")
        }
        var text = cFormatDouble(Swift.abs(d), conversion, precision < 0 ? 6 : precision, alternate: flags.alternate)
        if d.isNaN { text = conversion.isUppercase ? "NAN" : "nan" }
        let negative = d.sign == .minus && !d.isNaN
        let sign = negative ? "-" : (flags.sign ? "+" : (flags.blank ? " " : ""))
        return sign + text
    }

    /// printf of one double with an optional '#' flag (nan and inf spelled as Python does).
    func cFormatDouble(_ d: Double, _ conversion: Character, _ precision: Int, alternate: Bool) -> String {
        if d.isNaN { return conversion.isUppercase ? "NAN" : "nan" }
        if d.isInfinite { return (d < 0 ? "-" : "") + (conversion.isUppercase ? "INF" : "inf") }
        let spec = "%" + (alternate ? "#" : "") + ".\(precision)\(conversion)"
        var buffer = [CChar](repeating: 0, count: 512)
        let n = withVaList([d]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        if n >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([d]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        }
        return String(cString: buffer)
    }

    /// Width padding: left-justified with '-', zero fill after the sign and prefix with '0'
    /// for numbers, spaces otherwise.
    private func padPercentPiece(_ piece: [UInt8], width: Int, flags: PercentFlags, numeric: Bool) -> [UInt8] {
        guard width > piece.count else { return piece }
        let pad = width - piece.count
        if flags.left { return piece + [UInt8](repeating: 0x20, count: pad) }
        if flags.zero && numeric {
            var head = 0
            if let first = piece.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: " ") {
                head = 1
            }
            if piece.count >= head + 2, piece[head] == UInt8(ascii: "0"),
               [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o")].contains(piece[head + 1]) {
                head += 2
            }
            // inf and nan are never zero-padded.
            if piece.contains(where: { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "n") || $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "N") }) {
                return [UInt8](repeating: 0x20, count: pad) + piece
            }
            return Array(piece[0..<head]) + [UInt8](repeating: 0x30, count: pad) + Array(piece[head...])
        }
        return [UInt8](repeating: 0x20, count: pad) + piece
    }
}
