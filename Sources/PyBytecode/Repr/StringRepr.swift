// str and bytes repr (unicode_repr, PyBytes_Repr) and Python 3.11's notion of a
// printable character, which decides what unicode_repr escapes.

extension PyRepr {
    /// Python's `repr(str)`.
    public static func repr(_ s: PyStr) -> String {
        let codePoints = s.codePoints
        var out: [UInt8] = []
        out.reserveCapacity(codePoints.count + 2)
        let quote = pickQuote(codePoints)
        out.append(quote)
        for c in codePoints {
            if c < 0x80 {
                appendASCII(UInt8(c), quote: quote, to: &out)
            } else if isPrintable(c) {
                PyStr.appendUTF8(c, to: &out)
            } else if c <= 0xFF {
                appendHexEscape(c, marker: UInt8(ascii: "x"), width: 2, to: &out)
            } else if c <= 0xFFFF {
                appendHexEscape(c, marker: UInt8(ascii: "u"), width: 4, to: &out)
            } else {
                appendHexEscape(c, marker: UInt8(ascii: "U"), width: 8, to: &out)
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    /// Python's `repr(bytes)`.
    public static func repr(bytes: [UInt8]) -> String {
        var out: [UInt8] = [UInt8(ascii: "b")]
        out.reserveCapacity(bytes.count + 3)
        let quote = pickQuote(bytes)
        out.append(quote)
        for b in bytes {
            if b < 0x80 {
                appendASCII(b, quote: quote, to: &out)
            } else {
                appendHexEscape(UInt32(b), marker: UInt8(ascii: "x"), width: 2, to: &out)
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    /// Double quotes only when the text has a single quote and no double quote.
    private static func pickQuote<S: Sequence>(_ units: S) -> UInt8 where S.Element: BinaryInteger {
        var hasSingle = false
        var hasDouble = false
        for u in units {
            if u == 0x27 { hasSingle = true } else if u == 0x22 { hasDouble = true }
        }
        return hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    }

    /// The escaping str and bytes share for code points below 0x80.
    private static func appendASCII(_ c: UInt8, quote: UInt8, to out: inout [UInt8]) {
        switch c {
        case quote, UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\")); out.append(c)
        case UInt8(ascii: "\t"):
            out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        case UInt8(ascii: "\n"):
            out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"):
            out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0..<0x20, 0x7F:
            appendHexEscape(UInt32(c), marker: UInt8(ascii: "x"), width: 2, to: &out)
        default:
            out.append(c)
        }
    }

    private static func appendHexEscape(_ c: UInt32, marker: UInt8, width: Int, to out: inout [UInt8]) {
        let hexDigits = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\\"))
        out.append(marker)
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int((c >> UInt32(shift)) & 0xF)])
        }
    }

    /// `str.isprintable()` for one character in Python 3.11 (Unicode 14.0): false for the
    /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
    /// Swift's Unicode tables are newer than 14.0; a character assigned after 14.0 is still
    /// unassigned (Cn) to Python 3.11, so its `age` decides. Over all of 0...0x10FFFF this
    /// matched python3.11 exactly with the Swift 6.3 tables (Unicode 17), and a category
    /// change between versions for a character already assigned in 14.0 would show up in
    /// ReprTests' all-code-point comparison.
    static func isPrintable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x20 && c != 0x7F }
        guard let scalar = Unicode.Scalar(c) else { return false }  // lone surrogate
        let properties = scalar.properties
        guard let age = properties.age, age.major < 14 || (age.major == 14 && age.minor == 0) else {
            return false
        }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
