// `%.Nf` of a double in integer arithmetic: the exact binary value times 10**N, rounded half
// to even, which is what CPython's dtoa (mode 3) and glibc's printf both produce. Covers the
// values whose scaled magnitude fits 64 bits; the caller falls back to vsnprintf otherwise.

enum PyFixedPoint {
    /// The fixed-point text of `d` with `precision` decimals, or nil when out of range.
    static func format(_ d: Double, precision: Int) -> String? {
        guard d.isFinite, precision >= 0, precision <= 18 else { return nil }
        let negative = d.sign == .minus
        let magnitude = Swift.abs(d)
        var scale: UInt64 = 1
        for _ in 0..<precision { scale *= 10 }
        guard let scaled = scaledRounded(magnitude, scale) else { return nil }
        var digits = String(scaled)
        if precision > 0 {
            if digits.utf8.count <= precision {
                digits = String(repeating: "0", count: precision + 1 - digits.utf8.count) + digits
            }
            let split = digits.utf8.count - precision
            let head = digits.prefix(split), tail = digits.suffix(precision)
            digits = String(head) + "." + String(tail)
        }
        return negative ? "-" + digits : digits
    }

    /// round_half_even(m * 2**e * scale) for the non-negative finite double m * 2**e; nil
    /// when the result does not fit 64 bits.
    static func scaledRounded(_ x: Double, _ scale: UInt64) -> UInt64? {
        if x == 0 { return 0 }
        let m: UInt64 = x.significandBitPattern | (x.isNormal ? 1 << 52 : 0)
        let e = x.isNormal ? Int(x.exponentBitPattern) - 1075 : -1074
        if e >= 0 {
            guard e < 64, m <= UInt64.max >> UInt64(e) else { return nil }
            let (v, overflow) = (m << UInt64(e)).multipliedReportingOverflow(by: scale)
            return overflow ? nil : v
        }
        let shift = -e
        let (hi, lo) = m.multipliedFullWidth(by: scale)
        // The product is below 2**113, so from shift 114 on it is under half a unit: 0.
        if shift > 113 { return 0 }
        func bit(_ k: Int) -> Bool { k < 64 ? (lo >> UInt64(k)) & 1 == 1 : (hi >> UInt64(k - 64)) & 1 == 1 }
        func anyBelow(_ k: Int) -> Bool {
            if k <= 0 { return false }
            if k < 64 { return lo & ((1 << UInt64(k)) - 1) != 0 }
            if k == 64 { return lo != 0 }
            return lo != 0 || hi & ((1 << UInt64(k - 64)) - 1) != 0
        }
        var q: UInt64
        if shift < 64 {
            guard hi >> UInt64(shift) == 0 else { return nil }
            q = (hi << UInt64(64 - shift)) | (lo >> UInt64(shift))
        } else if shift == 64 {
            q = hi
        } else {
            q = hi >> UInt64(shift - 64)
        }
        // Round half to even on the bits shifted out.
        if bit(shift - 1) && (anyBelow(shift - 1) || q & 1 == 1) {
            let (r, overflow) = q.addingReportingOverflow(1)
            if overflow { return nil }
            q = r
        }
        return q
    }
}
