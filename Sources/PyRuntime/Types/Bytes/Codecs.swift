// The built-in text codecs (utf-8, utf-8-sig, ascii, latin-1, utf-16 and utf-32 with their
// -le/-be forms) and CPython's error handlers. Text is handled as code points so that lone
// surrogates (surrogateescape, surrogatepass) survive; the per-codec decoders are in
// Codecs+Decoders.swift and the exception objects in UnicodeErrors.swift.
// Other encodings raise LookupError, as an unknown codec name does in CPython.
import PyBytecode

enum TextCodec: Equatable {
    case utf8, utf8Sig, ascii, latin1
    /// bigEndian nil: the BOM-prefixed form ("utf-16": writes a little-endian BOM, reads
    /// either BOM and defaults to little-endian).
    case utf16(bigEndian: Bool?), utf32(bigEndian: Bool?)

    /// Code units of the UTF-16/32 forms, in bytes.
    var unitWidth: Int {
        switch self {
        case .utf16: return 2
        case .utf32: return 4
        default: return 1
        }
    }
}

extension Runtime {
    /// encodings.normalize_encoding + the aliases table, for the codecs implemented here.
    func lookupCodec(_ name: String) throws -> TextCodec {
        var normalized = ""
        var punct = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "." {
                if punct && !normalized.isEmpty { normalized += "_" }
                if scalar.isASCII { normalized.unicodeScalars.append(scalar) }
                punct = false
            } else {
                punct = true
            }
        }
        switch normalized {
        case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001": return .utf8
        case "utf_8_sig", "utf8_sig": return .utf8Sig
        case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
             "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
            return .ascii
        case "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
             "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1":
            return .latin1
        case "utf_16", "utf16", "u16": return .utf16(bigEndian: nil)
        case "utf_16_le", "utf_16le", "unicodelittleunmarked": return .utf16(bigEndian: false)
        case "utf_16_be", "utf_16be", "unicodebigunmarked": return .utf16(bigEndian: true)
        case "utf_32", "utf32", "u32": return .utf32(bigEndian: nil)
        case "utf_32_le", "utf_32le": return .utf32(bigEndian: false)
        case "utf_32_be", "utf_32be": return .utf32(bigEndian: true)
        default:
            throw error(types.lookupError, "unknown encoding: \(name)")
        }
    }

    /// A codec pyvm does not implement natively, found in the codecs registry (the
    /// `encodings` package): its encoder (index 0) or decoder (1) applied to `value`.
    func codecThroughRegistry(_ encoding: String, index: Int, _ value: Value, _ errors: String) throws -> Value {
        let registry = try importModule("_codecs")
        let info = try call(try getAttribute(registry, intern("lookup")), [str(encoding)])
        if let flag = try? getAttribute(info, intern("_is_text_encoding")), !(try isTrue(flag)) {
            throw error(types.lookupError, "'\(encoding)' is not a text encoding; use codecs.\(index == 0 ? "encode" : "decode")() to handle arbitrary codecs")
        }
        let function = try getItem(info, .int(index))
        let result = try call(function, [value, str(errors)])
        guard let pair = result.object as? PyTuple, pair.items.count == 2 else {
            throw error(types.typeError, index == 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object, integer)")
        }
        return pair.items[0]
    }

    /// The name CPython's codec puts in its exceptions.
    func codecName(_ codec: TextCodec) -> String {
        switch codec {
        case .utf8, .utf8Sig: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16(let be): return be == nil ? "utf-16" : (be! ? "utf-16-be" : "utf-16-le")
        case .utf32(let be): return be == nil ? "utf-32" : (be! ? "utf-32-be" : "utf-32-le")
        }
    }

    func unknownHandler(_ errors: String) -> PyException {
        error(types.lookupError, "unknown error handler name '\(errors)'")
    }

    /// The code points of a str value (lone surrogates included); nil for non-str.
    func strCodePoints(_ v: Value) -> [UInt32]? {
        guard case .object(let o) = v, let s = o as? PyStrObject else { return nil }
        return s.codePoints
    }

    /// A str value from code points that may hold lone surrogates.
    func str(codePoints: [UInt32]) -> Value {
        .object(PyStrObject(type: types.str, codePoints: codePoints))
    }

    // MARK: encoding

    /// str.encode(encoding, errors).
    func encode(_ value: Value, encoding: String, errors: String) throws -> [UInt8] {
        guard let codec = try? lookupCodec(encoding) else {
            let result = try codecThroughRegistry(encoding, index: 0, value, errors)
            guard let data = bytesLike(result), result.object is PyBytes || result.object is PyByteArray else {
                throw error(types.typeError, "'\(encoding)' encoder returned '\(typeName(result))' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
            }
            return data
        }
        guard case .object(let o) = value, let s = o as? PyStrObject else { return [] }
        // Fast path: every code point is encodable.
        if s.surrogateCodePoints == nil {
            switch codec {
            case .utf8: return Array(s.value.utf8)
            case .utf8Sig: return [0xEF, 0xBB, 0xBF] + Array(s.value.utf8)
            case .ascii where s.isASCII: return Array(s.value.utf8)
            default: break
            }
        }
        return try encode(s.codePoints, codec: codec, errors: errors, object: value)
    }

    private func canEncode(_ c: UInt32, _ codec: TextCodec) -> Bool {
        switch codec {
        case .ascii: return c < 0x80
        case .latin1: return c < 0x100
        default: return c < 0xD800 || c > 0xDFFF
        }
    }

    /// Appends one encodable code point (or a surrogate, for surrogatepass) in `codec`.
    private func appendEncoded(_ c: UInt32, _ codec: TextCodec, to out: inout [UInt8]) {
        switch codec {
        case .ascii, .latin1: out.append(UInt8(truncatingIfNeeded: c))
        case .utf8, .utf8Sig: PyStr.appendUTF8(c, to: &out)
        case .utf16(let be):
            func unit(_ u: UInt32) {
                let hi = UInt8(truncatingIfNeeded: u >> 8), lo = UInt8(truncatingIfNeeded: u)
                if be == true { out += [hi, lo] } else { out += [lo, hi] }
            }
            if c >= 0x10000 {
                let v = c - 0x10000
                unit(0xD800 | (v >> 10))
                unit(0xDC00 | (v & 0x3FF))
            } else {
                unit(c)
            }
        case .utf32(let be):
            let bytes = (0..<4).map { UInt8(truncatingIfNeeded: c >> UInt32(8 * $0)) }
            out += be == true ? bytes.reversed() : bytes
        }
    }

    private func encode(_ cps: [UInt32], codec: TextCodec, errors: String, object: Value) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(cps.count * codec.unitWidth)
        switch codec {
        case .utf8Sig: out = [0xEF, 0xBB, 0xBF]
        case .utf16(nil): out = [0xFF, 0xFE]
        case .utf32(nil): out = [0xFF, 0xFE, 0x00, 0x00]
        default: break
        }
        let reason: String
        switch codec {
        case .ascii: reason = "ordinal not in range(128)"
        case .latin1: reason = "ordinal not in range(256)"
        default: reason = "surrogates not allowed"
        }
        // The UTF-8 and 8-bit encoders report a run of unencodable characters as one error;
        // the UTF-16/32 encoders report them one at a time.
        let collectsRuns = codec.unitWidth == 1
        var i = 0
        while i < cps.count {
            let c = cps[i]
            if canEncode(c, codec) { appendEncoded(c, codec, to: &out); i += 1; continue }
            var end = i + 1
            if collectsRuns { while end < cps.count && !canEncode(cps[end], codec) { end += 1 } }
            let run = cps[i..<end]
            func fail() -> PyException {
                unicodeErrorException(types.unicodeEncodeError,
                                      [str(codecName(codec)), object, .int(i), .int(end), str(reason)])
            }
            func appendText(_ text: String) { for u in text.unicodeScalars { appendEncoded(u.value, codec, to: &out) } }
            switch errors {
            case "strict": throw fail()
            case "ignore": break
            case "replace": for _ in run { appendText("?") }
            case "backslashreplace": for c in run { appendText(escapedCodePoint(c)) }
            case "xmlcharrefreplace": for c in run { appendText("&#\(c);") }
            case "namereplace":
                for c in run {
                    if let name = Unicode.Scalar(c)?.properties.name { appendText("\\N{\(name)}") }
                    else { appendText(escapedCodePoint(c)) }
                }
            case "surrogateescape":
                // U+DC80...U+DCFF stand for the undecodable bytes 0x80...0xFF.
                guard codec.unitWidth == 1, run.allSatisfy({ $0 >= 0xDC80 && $0 <= 0xDCFF }) else { throw fail() }
                for c in run { out.append(UInt8(truncatingIfNeeded: c - 0xDC00)) }
            case "surrogatepass":
                guard codec != .ascii, codec != .latin1, run.allSatisfy({ $0 >= 0xD800 && $0 <= 0xDFFF }) else { throw fail() }
                for c in run { appendEncoded(c, codec, to: &out) }
            default: throw unknownHandler(errors)
            }
            i = end
        }
        return out
    }

    /// \xNN, \uNNNN or \UNNNNNNNN, as backslashreplace and the exception messages spell it.
    func escapedCodePoint(_ v: UInt32) -> String {
        let (marker, width) = v <= 0xFF ? ("x", 2) : (v <= 0xFFFF ? ("u", 4) : ("U", 8))
        let digits = String(v, radix: 16)
        return "\\" + marker + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }

    func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    // MARK: decoding

    /// bytes.decode(encoding, errors): a str value.
    func decode(_ data: [UInt8], encoding: String, errors: String) throws -> Value {
        // PyUnicode_Decode returns "" for empty input before looking the codec up.
        if data.isEmpty { return str("") }
        guard let codec = try? lookupCodec(encoding) else {
            let result = try codecThroughRegistry(encoding, index: 1, bytes(data), errors)
            guard result.object is PyStrObject else {
                throw error(types.typeError, "'\(encoding)' decoder returned '\(typeName(result))' instead of 'str'; use codecs.decode() to decode to arbitrary types")
            }
            return result
        }
        switch codec {
        case .utf8, .utf8Sig:
            let body = codec == .utf8Sig && data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data[3...]) : data
            if let fast = String(validating: body, as: UTF8.self) { return str(fast) }
            return str(codePoints: try decodeUTF8(body, errors: errors, data: bytes(data)))
        case .latin1:
            var out = String.UnicodeScalarView()
            for b in data { out.append(Unicode.Scalar(b)) }
            return str(String(out))
        case .ascii:
            if data.allSatisfy({ $0 < 0x80 }) { return str(String(decoding: data, as: UTF8.self)) }
            var out: [UInt32] = []
            out.reserveCapacity(data.count)
            var i = 0
            let object = bytes(data)
            while i < data.count {
                if data[i] < 0x80 { out.append(UInt32(data[i])); i += 1; continue }
                i = try decodeError(data, object, i, i + 1, "ordinal not in range(128)", "ascii", .ascii, errors, into: &out)
            }
            return str(codePoints: out)
        case .utf16(let be): return str(codePoints: try decodeUTF16(data, bigEndian: be, errors: errors))
        case .utf32(let be): return str(codePoints: try decodeUTF32(data, bigEndian: be, errors: errors))
        }
    }

    /// Applies the error handler to the undecodable data[start..<end]; returns where
    /// decoding resumes.
    func decodeError(_ data: [UInt8], _ object: Value, _ start: Int, _ end: Int, _ reason: String, _ name: String,
                     _ codec: TextCodec, _ errors: String, into out: inout [UInt32]) throws -> Int {
        func fail() -> PyException {
            unicodeErrorException(types.unicodeDecodeError, [str(name), object, .int(start), .int(end), str(reason)])
        }
        switch errors {
        case "strict": throw fail()
        case "replace": out.append(0xFFFD)
        case "ignore": break
        case "backslashreplace":
            for b in data[start..<end] { out += ("\\x" + hex2(b)).unicodeScalars.map(\.value) }
        case "surrogateescape":
            // Escapes the bytes up to the first ASCII one (never escaped) and resumes there,
            // as PyCodec_SurrogateEscapeErrors does; no escapable byte re-raises.
            var consumed = 0
            while start + consumed < end, data[start + consumed] >= 0x80 {
                out.append(0xDC00 + UInt32(data[start + consumed]))
                consumed += 1
            }
            guard consumed > 0 else { throw fail() }
            return start + consumed
        case "surrogatepass":
            // An encoded surrogate at `start` in the codec's own form is let through.
            let width = codec == .utf8 || codec == .utf8Sig ? 3 : codec.unitWidth
            guard codec != .ascii, codec != .latin1, start + width <= data.count else { throw fail() }
            let unit = Array(data[start..<(start + width)])
            var c: UInt32 = 0
            switch codec {
            case .utf16(let be), .utf32(let be):
                for b in (be == true ? unit : unit.reversed()) { c = (c << 8) | UInt32(b) }
            default:
                guard unit[0] == 0xED, unit[1] >= 0xA0, unit[1] <= 0xBF, unit[2] & 0xC0 == 0x80 else { throw fail() }
                c = 0xD000 | (UInt32(unit[1] & 0x3F) << 6) | UInt32(unit[2] & 0x3F)
            }
            guard c >= 0xD800 && c <= 0xDFFF else { throw fail() }
            out.append(c)
            return start + width
        case "xmlcharrefreplace", "namereplace":
            throw error(types.typeError, "don't know how to handle UnicodeDecodeError in error callback")
        default: throw unknownHandler(errors)
        }
        return end
    }
}
