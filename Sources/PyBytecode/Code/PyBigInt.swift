// Integers too large for Int64, kept in marshal's own form: sign and base-2**15
// digits, least significant first. The runtime converts to its own big-int type.

public struct PyBigInt: Hashable, Sendable {
    public var isNegative: Bool
    /// Base 2**15 digits, least significant first, normalized (no leading zero digit).
    public var digits: [UInt16]

    public init(isNegative: Bool, digits: [UInt16]) {
        var d = digits
        while let last = d.last, last == 0 { d.removeLast() }
        self.isNegative = d.isEmpty ? false : isNegative
        self.digits = d
    }

    public init(_ value: Int) {
        var magnitude = value.magnitude
        var d: [UInt16] = []
        while magnitude != 0 {
            d.append(UInt16(magnitude & 0x7FFF))
            magnitude >>= 15
        }
        self.init(isNegative: value < 0, digits: d)
    }

    /// The value as Int when it fits in 64 bits.
    public var intValue: Int? {
        if digits.count > 5 { return nil }
        var magnitude: UInt64 = 0
        for d in digits.reversed() {
            let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: 1 << 15)
            if overflow { return nil }
            magnitude = shifted | UInt64(d)
        }
        if isNegative {
            if magnitude <= UInt64(Int64.max) + 1 { return magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(magnitude) }
            return nil
        }
        return magnitude <= UInt64(Int64.max) ? Int(magnitude) : nil
    }

    /// Decimal text, as Python's `repr(int)` prints it.
    public var decimalString: String {
        if digits.isEmpty { return "0" }
        // Repeated division of the base-2**15 magnitude by 10**4.
        var work = digits.map { UInt32($0) }
        var chunks: [UInt32] = []
        while !work.isEmpty {
            var remainder: UInt32 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let current = remainder << 15 | work[i]
                work[i] = current / 10_000
                remainder = current % 10_000
            }
            chunks.append(remainder)
            while let last = work.last, last == 0 { work.removeLast() }
        }
        var text = isNegative ? "-" : ""
        text += String(chunks.last!)
        for chunk in chunks.dropLast().reversed() {
            let s = String(chunk)
            text += String(repeating: "0", count: 4 - s.count) + s
        }
        return text
    }

    /// Number of decimal digits (without sign) an exact conversion would produce, estimated
    /// from below; used to apply CPython's int-to-str digit limit cheaply.
    public var bitLength: Int {
        guard let top = digits.last else { return 0 }
        return (digits.count - 1) * 15 + (16 - top.leadingZeroBitCount)
    }
}
