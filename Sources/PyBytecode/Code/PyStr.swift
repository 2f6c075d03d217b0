// A Python `str` as the toolkit sees it: UTF-8 with lone surrogates allowed
// ("surrogatepass"), exactly the bytes marshal stores. Swift's String cannot
// hold lone surrogates, so the bytes are the source of truth.

public struct PyStr: Hashable, Sendable, CustomStringConvertible {
    /// UTF-8 bytes; lone surrogates U+D800...U+DFFF are encoded as 3-byte sequences.
    public var utf8: [UInt8]

    public init(utf8: [UInt8]) { self.utf8 = utf8 }

    public init(_ string: String) { self.utf8 = Array(string.utf8) }

    /// True when every byte is < 0x80 (marshal's ASCII type codes apply).
    public var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// The text for display; lone surrogates become U+FFFD.
    public var string: String {
        if let s = String(validating: utf8, as: UTF8.self) { return s }
        var scalars = String.UnicodeScalarView()
        for c in codePoints { scalars.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(scalars)
    }

    public var description: String { string }

    /// The code points (Python's view of the string: one per character).
    public var codePoints: [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(utf8.count)
        var i = 0
        let bytes = utf8
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                result.append(b0); i += 1
            } else if b0 < 0xE0, i + 1 < bytes.count {
                result.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
            } else if b0 < 0xF0, i + 2 < bytes.count {
                result.append((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
            } else if i + 3 < bytes.count {
                result.append((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)); i += 4
            } else {
                result.append(0xFFFD); i += 1
            }
        }
        return result
    }

    /// Validates UTF-8 with surrogates allowed (CPython's `utf8` + `surrogatepass`).
    /// Returns nil when the bytes are not a valid encoding.
    public static func validating(surrogatePassUTF8 bytes: [UInt8]) -> PyStr? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
            if b0 >= 0xC2 && b0 <= 0xDF {
                guard cont(1) else { return nil }
                i += 2
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard cont(1), cont(2) else { return nil }
                if b0 == 0xE0 && bytes[i + 1] < 0xA0 { return nil }  // overlong
                i += 3
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return nil }
                if b0 == 0xF0 && bytes[i + 1] < 0x90 { return nil }  // overlong
                if b0 == 0xF4 && bytes[i + 1] > 0x8F { return nil }  // > U+10FFFF
                i += 4
            } else {
                return nil
            }
        }
        return PyStr(utf8: bytes)
    }

    /// Encodes code points (surrogates allowed) as surrogatepass UTF-8.
    public init(codePoints: [UInt32]) {
        var out: [UInt8] = []
        out.reserveCapacity(codePoints.count)
        for c in codePoints { PyStr.appendUTF8(c, to: &out) }
        self.utf8 = out
    }

    /// Appends one code point (a lone surrogate included) in UTF-8.
    public static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }
}

extension PyStr: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
