// The UTF-8, UTF-16 and UTF-32 decoders, reporting the same error spans and reasons as
// CPython's (stringlib utf8_decode, PyUnicode_DecodeUTF16Stateful / UTF32Stateful).

extension Runtime {
    /// CPython's UTF-8 decoder: "invalid start byte", "invalid continuation byte",
    /// "unexpected end of data", with the spans CPython reports. `data` is the exception's
    /// object (the whole input, BOM included for utf-8-sig).
    func decodeUTF8(_ input: [UInt8], errors: String, data object: Value) throws -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(input.count)
        let n = input.count
        var i = 0
        func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        while i < n {
            let ch = input[i]
            if ch < 0x80 { out.append(UInt32(ch)); i += 1; continue }
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
                    let c = input[i + k]
                    let ok = k == 1 ? (c >= low && c <= high) : isContinuation(c)
                    if !ok {
                        bad = ("invalid continuation byte", i + k)
                        break
                    }
                    k += 1
                }
            }
            if let bad {
                i = try decodeError(input, object, i, bad.end, bad.reason, "utf-8", .utf8, errors, into: &out)
                continue
            }
            var value = UInt32(ch) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for k in 1..<length { value = (value << 6) | UInt32(input[i + k] & 0x3F) }
            out.append(value)
            i += length
        }
        return out
    }

    /// UTF-16; bigEndian nil reads a BOM (default little-endian) and drops it.
    func decodeUTF16(_ data: [UInt8], bigEndian: Bool?, errors: String) throws -> [UInt32] {
        var be = bigEndian ?? false
        var i = 0
        if bigEndian == nil && data.count >= 2 {
            if data[0] == 0xFF && data[1] == 0xFE { i = 2 } else if data[0] == 0xFE && data[1] == 0xFF { i = 2; be = true }
        }
        let name = be ? "utf-16-be" : "utf-16-le"
        let codec = TextCodec.utf16(bigEndian: be)
        let object = bytes(data)
        let n = data.count
        func unit(_ k: Int) -> UInt32 {
            be ? UInt32(data[k]) << 8 | UInt32(data[k + 1]) : UInt32(data[k + 1]) << 8 | UInt32(data[k])
        }
        var out: [UInt32] = []
        out.reserveCapacity(n / 2)
        while i < n {
            if n - i < 2 {
                i = try decodeError(data, object, i, n, "truncated data", name, codec, errors, into: &out)
                continue
            }
            let c = unit(i)
            if c < 0xD800 || c > 0xDFFF { out.append(c); i += 2; continue }
            if c >= 0xDC00 {
                i = try decodeError(data, object, i, i + 2, "illegal encoding", name, codec, errors, into: &out)
                continue
            }
            if n - i < 4 {
                i = try decodeError(data, object, i, n, "unexpected end of data", name, codec, errors, into: &out)
                continue
            }
            let c2 = unit(i + 2)
            guard c2 >= 0xDC00 && c2 <= 0xDFFF else {
                i = try decodeError(data, object, i, i + 2, "illegal UTF-16 surrogate", name, codec, errors, into: &out)
                continue
            }
            out.append(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00))
            i += 4
        }
        return out
    }

    /// UTF-32; bigEndian nil reads a BOM (default little-endian) and drops it.
    func decodeUTF32(_ data: [UInt8], bigEndian: Bool?, errors: String) throws -> [UInt32] {
        var be = bigEndian ?? false
        var i = 0
        if bigEndian == nil && data.count >= 4 {
            if data[0..<4].elementsEqual([0xFF, 0xFE, 0, 0]) { i = 4 } else if data[0..<4].elementsEqual([0, 0, 0xFE, 0xFF]) { i = 4; be = true }
        }
        let name = be ? "utf-32-be" : "utf-32-le"
        let codec = TextCodec.utf32(bigEndian: be)
        let object = bytes(data)
        let n = data.count
        var out: [UInt32] = []
        out.reserveCapacity(n / 4)
        while i < n {
            if n - i < 4 {
                i = try decodeError(data, object, i, n, "truncated data", name, codec, errors, into: &out)
                continue
            }
            var c: UInt32 = 0
            for k in 0..<4 { c = (c << 8) | UInt32(data[be ? i + k : i + 3 - k]) }
            if c > 0x10FFFF {
                i = try decodeError(data, object, i, i + 4, "code point not in range(0x110000)", name, codec, errors, into: &out)
            } else if c >= 0xD800 && c <= 0xDFFF {
                i = try decodeError(data, object, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                                    name, codec, errors, into: &out)
            } else {
                out.append(c)
                i += 4
            }
        }
        return out
    }
}
