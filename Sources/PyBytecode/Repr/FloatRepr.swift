// float and complex repr: CPython's PyOS_double_to_string with format code 'r'
// (shortest round-trip digits), as float_repr and complex_repr call it.

extension PyRepr {
    /// Python's `repr(float)`.
    public static func repr(float value: Double) -> String {
        formatShortest(value, addDotZero: true, alwaysSign: false)
    }

    /// Python's `repr(complex)` (complex_repr): the real part is left out when it is +0.0,
    /// and neither part gets a ".0" (flags 0, not Py_DTSF_ADD_DOT_0).
    public static func repr(complexReal real: Double, imag: Double) -> String {
        if real == 0 && real.sign == .plus {
            return formatShortest(imag, addDotZero: false, alwaysSign: false) + "j"
        }
        return "(" + formatShortest(real, addDotZero: false, alwaysSign: false)
            + formatShortest(imag, addDotZero: false, alwaysSign: true) + "j)"
    }

    /// format_float_short for mode 0. Swift's `description` already yields the shortest
    /// round-tripping (and closest) digits, the same set dtoa's mode 0 picks; only their
    /// layout is Python's: exponent form when the decimal point position is <= -4 or > 16.
    static func formatShortest(_ value: Double, addDotZero: Bool, alwaysSign: Bool) -> String {
        // CPython ignores the sign of a NaN.
        if value.isNaN { return alwaysSign ? "+nan" : "nan" }
        let sign = value.sign == .minus ? "-" : (alwaysSign ? "+" : "")
        if value.isInfinite { return sign + "inf" }

        var digits: [UInt8]
        var decpt: Int  // value = 0.d1d2d3... * 10**decpt
        if value == 0 {
            digits = [UInt8(ascii: "0")]
            decpt = 1
        } else {
            (digits, decpt) = shortestDigits(value.magnitude)
        }

        var out = sign
        if decpt <= -4 || decpt > 16 {
            let exponent = decpt - 1
            out.unicodeScalars.append(Unicode.Scalar(digits[0]))
            if digits.count > 1 {
                out += "."
                out += String(decoding: digits[1...], as: UTF8.self)
            }
            out += exponent < 0 ? "e-" : "e+"
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { out += "0" }
            out += magnitude
        } else if decpt <= 0 {
            out += "0." + String(repeating: "0", count: -decpt) + String(decoding: digits, as: UTF8.self)
        } else if decpt >= digits.count {
            out += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: decpt - digits.count)
            if addDotZero { out += ".0" }
        } else {
            out += String(decoding: digits[..<decpt], as: UTF8.self) + "."
                + String(decoding: digits[decpt...], as: UTF8.self)
        }
        return out
    }

    /// Significant digits (no leading or trailing zeros) and decimal point position of a
    /// finite positive double, read back from Swift's shortest-digits `description`, whatever
    /// layout (plain or exponent) that chose.
    private static func shortestDigits(_ value: Double) -> ([UInt8], Int) {
        let text = Array(value.description.utf8)
        var digits: [UInt8] = []
        var pointPosition: Int? = nil
        var exponent = 0
        var index = 0
        while index < text.count {
            let c = text[index]
            if c == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(index + 1)...], as: UTF8.self)) ?? 0
                break
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits.append(c)
            }
            index += 1
        }
        var decpt = (pointPosition ?? digits.count) + exponent
        var start = 0
        while start < digits.count - 1 && digits[start] == UInt8(ascii: "0") {
            start += 1
            decpt -= 1
        }
        var end = digits.count
        while end > start + 1 && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return (Array(digits[start..<end]), decpt)
    }
}
