// The built-in text codecs (utf-8, utf-8-sig, ascii, latin-1) with CPython's error
// handlers and its UnicodeDecodeError / UnicodeEncodeError objects and messages.
// Other encodings raise LookupError, as an unknown codec name does in CPython.

enum TextCodec {
    case utf8, utf8Sig, ascii, latin1
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
        default:
            throw error(types.lookupError, "unknown encoding: \(name)")
        }
    }

    func codecName(_ codec: TextCodec) -> String {
        switch codec {
        case .utf8, .utf8Sig: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    private func unknownHandler(_ errors: String) -> PyException {
        error(types.lookupError, "unknown error handler name '\(errors)'")
    }

    // MARK: decoding

    /// bytes.decode(encoding, errors).
    func decode(_ data: [UInt8], encoding: String, errors: String) throws -> String {
        // PyUnicode_Decode returns "" for empty input before looking the codec up.
        if data.isEmpty { return "" }
        switch try lookupCodec(encoding) {
        case .utf8: return try decodeUTF8(data, errors: errors, codecName: "utf-8")
        case .utf8Sig:
            let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data[3...]) : data
            return try decodeUTF8(body, errors: errors, codecName: "utf-8")
        case .latin1:
            var out = String.UnicodeScalarView()
            for b in data { out.append(Unicode.Scalar(b)) }
            return String(out)
        case .ascii:
            if data.allSatisfy({ $0 < 0x80 }) { return String(decoding: data, as: UTF8.self) }
            var out = String.UnicodeScalarView()
            for (i, b) in data.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
                try decodeError(data, i, i + 1, "ordinal not in range(128)", "ascii", errors, into: &out)
            }
            return String(out)
        }
    }

    /// Applies the error handler to the undecodable data[start..<end].
    private func decodeError(_ data: [UInt8], _ start: Int, _ end: Int, _ reason: String, _ codec: String,
                             _ errors: String, into out: inout String.UnicodeScalarView) throws {
        switch errors {
        case "strict":
            throw PyException(PyBaseException(type: types.unicodeDecodeError,
                                              args: [str(codec), bytes(data), .int(start), .int(end), str(reason)]))
        case "replace": out.append("\u{FFFD}")
        case "ignore": break
        case "backslashreplace":
            for b in data[start..<end] { out.append(contentsOf: ("\\x" + hex2(b)).unicodeScalars) }
        case "surrogateescape", "surrogatepass":
            // Lone surrogates cannot live in a Swift String (PyStrObject's storage).
            throw error(types.notImplementedError, "the '\(errors)' error handler is not supported yet")
        case "xmlcharrefreplace", "namereplace":
            throw error(types.typeError, "don't know how to handle UnicodeDecodeError in error callback")
        default: throw unknownHandler(errors)
        }
    }

    private func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// CPython's UTF-8 decoder (stringlib utf8_decode): the same error spans and reasons
    /// ("invalid start byte", "invalid continuation byte", "unexpected end of data").
    func decodeUTF8(_ data: [UInt8], errors: String, codecName: String) throws -> String {
        if let fast = String(validating: data, as: UTF8.self) { return fast }
        var out = String.UnicodeScalarView()
        let n = data.count
        var i = 0
        func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        while i < n {
            let ch = data[i]
            if ch < 0x80 { out.append(Unicode.Scalar(ch)); i += 1; continue }
            // (valid bytes before the bad one, or nil for "invalid start byte" / 0 for end of data)
            var bad: (reason: String, end: Int)? = nil
            var length = 0
            if ch < 0xC2 || ch > 0xF4 {
                bad = ("invalid start byte", i + 1)
            } else {
                length = ch < 0xE0 ? 2 : (ch < 0xF0 ? 3 : 4)
                // Second byte ranges that exclude overlongs and surrogates.
                let low: UInt8 = ch == 0xE0 ? 0xA0 : (ch == 0xF0 ? 0x90 : 0x80)
                let high: UInt8 = ch == 0xED ? 0x9F : (ch == 0xF4 ? 0x8F : 0xBF)
                var k = 1
                while k < length {
                    guard i + k < n else {
                        bad = ("unexpected end of data", n)
                        break
                    }
                    let c = data[i + k]
                    let ok = k == 1 ? (c >= low && c <= high) : isContinuation(c)
                    if !ok {
                        bad = ("invalid continuation byte", i + k)
                        break
                    }
                    k += 1
                }
            }
            if let bad {
                try decodeError(data, i, bad.end, bad.reason, codecName, errors, into: &out)
                i = bad.end
                continue
            }
            var value = UInt32(ch) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for k in 1..<length { value = (value << 6) | UInt32(data[i + k] & 0x3F) }
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            i += length
        }
        return String(out)
    }

    // MARK: encoding

    /// str.encode(encoding, errors).
    func encode(_ text: String, encoding: String, errors: String) throws -> [UInt8] {
        let codec = try lookupCodec(encoding)
        switch codec {
        case .utf8: return Array(text.utf8)
        case .utf8Sig: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .ascii, .latin1:
            let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
            let scalars = Array(text.unicodeScalars)
            var out: [UInt8] = []
            out.reserveCapacity(scalars.count)
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                if s.value < limit { out.append(UInt8(s.value)); i += 1; continue }
                // The whole run of unencodable characters is one error, as in CPython.
                var end = i + 1
                while end < scalars.count && scalars[end].value >= limit { end += 1 }
                let reason = codec == .ascii ? "ordinal not in range(128)" : "ordinal not in range(256)"
                switch errors {
                case "strict", "surrogateescape", "surrogatepass":
                    throw PyException(PyBaseException(type: types.unicodeEncodeError,
                                                      args: [str(codecName(codec)), str(text), .int(i), .int(end), str(reason)]))
                case "replace": out += [UInt8](repeating: UInt8(ascii: "?"), count: end - i)
                case "ignore": break
                case "backslashreplace":
                    for c in scalars[i..<end] { out += Array(escapedCodePoint(c.value).utf8) }
                case "xmlcharrefreplace":
                    for c in scalars[i..<end] { out += Array("&#\(c.value);".utf8) }
                case "namereplace":
                    for c in scalars[i..<end] {
                        if let name = c.properties.name { out += Array("\\N{\(name)}".utf8) }
                        else { out += Array(escapedCodePoint(c.value).utf8) }
                    }
                default: throw unknownHandler(errors)
                }
                i = end
            }
            return out
        }
    }

    /// \xNN, \uNNNN or \UNNNNNNNN, as backslashreplace and the exception messages spell it.
    func escapedCodePoint(_ v: UInt32) -> String {
        let (marker, width) = v <= 0xFF ? ("x", 2) : (v <= 0xFFFF ? ("u", 4) : ("U", 8))
        let digits = String(v, radix: 16)
        return "\\" + marker + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }

    // MARK: exception objects

    /// str() of UnicodeDecodeError / UnicodeEncodeError (args: encoding, object, start, end,
    /// reason); nil for other exceptions or malformed args.
    func unicodeErrorStr(_ e: PyBaseException) throws -> String? {
        let decoding = e.type.isSubtype(of: types.unicodeDecodeError)
        guard decoding || e.type.isSubtype(of: types.unicodeEncodeError), e.args.count == 5,
              let encoding = strValue(e.args[0]), case .int(let start) = e.args[2],
              case .int(let end) = e.args[3], let reason = strValue(e.args[4]) else { return nil }
        if decoding {
            if end == start + 1, let data = bytesLike(e.args[1]), start >= 0, start < data.count {
                return "'\(encoding)' codec can't decode byte 0x\(hex2(data[start])) in position \(start): \(reason)"
            }
            return "'\(encoding)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        if end == start + 1, let text = strValue(e.args[1]) {
            let scalars = Array(text.unicodeScalars)
            if start >= 0 && start < scalars.count {
                let c = scalars[start].value
                return "'\(encoding)' codec can't encode character '\(escapedCodePoint(c))' in position \(start): \(reason)"
            }
        }
        return "'\(encoding)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
    }

    /// The encoding/object/start/end/reason attributes, read from args.
    func installUnicodeErrorAttributes() {
        for type in [types.unicodeDecodeError, types.unicodeEncodeError] {
            for (index, name) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                let getter = PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, args, _ in
                    guard let e = args.first?.object as? PyBaseException, index < e.args.count else { return .none }
                    return e.args[index]
                }
                type.namespace.setString(intern(name), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                          setter: .none, deleter: .none, doc: .none)))
            }
        }
    }
}
