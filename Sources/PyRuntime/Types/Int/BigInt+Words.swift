// Conversions between machine ints and BigInt that avoid the BigInt package's generic
// BinaryInteger paths: those are not specialized across the module boundary and cost
// about a thousand instructions per conversion (measured: 40% of an LCG loop).
import BigInt

extension BigInt {
    /// The BigInt equal to `value`.
    @inline(__always)
    init(word value: Int) {
        self.init(sign: value < 0 ? .minus : .plus, magnitude: BigUInt(words: [value.magnitude]))
    }

    /// The value as an Int, or nil when it does not fit.
    @inline(__always)
    var exactInt: Int? {
        let words = magnitude.words
        switch words.count {
        case 0:
            return 0
        case 1:
            let m = words[0]
            if sign == .plus { return m <= UInt(Int.max) ? Int(bitPattern: m) : nil }
            return m <= UInt(Int.max) + 1 ? Int(bitPattern: 0 &- m) : nil
        default:
            return nil
        }
    }
}

// Ints just past 64 bits (64-bit hashes, LCGs, products of two machine ints) are computed in
// 128-bit machine arithmetic; BigInt's general algorithms cost thousands of instructions
// per operation on two-word values.
extension BigInt {
    /// The value as an Int128, or nil when it does not fit.
    @inline(__always)
    var exactInt128: Int128? {
        let words = magnitude.words
        let low: UInt, high: UInt
        switch words.count {
        case 0: return 0
        case 1: low = words[0]; high = 0
        case 2: low = words[0]; high = words[1]
        default: return nil
        }
        let m = UInt128(high) << 64 | UInt128(low)
        if sign == .plus { return m <= UInt128(Int128.max) ? Int128(m) : nil }
        return m <= UInt128(Int128.max) + 1 ? Int128(bitPattern: 0 &- m) : nil
    }

    init(int128 value: Int128) {
        let m = value.magnitude
        self.init(sign: value < 0 ? .minus : .plus,
                  magnitude: BigUInt(words: [UInt(truncatingIfNeeded: m), UInt(truncatingIfNeeded: m >> 64)]))
    }
}

extension Runtime {
    func makeInt(_ value: Int128) -> Value {
        if let small = Int(exactly: value) { return .int(small) }
        return .object(PyBigIntObject(type: types.int, BigInt(int128: value)))
    }

    /// `x op y` in 128-bit arithmetic, or nil when the result (or an error) needs the
    /// general path: overflow, division by zero, negative or huge shifts.
    func int128Binary(_ op: BinaryOperator, _ x: Int128, _ y: Int128) -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : makeInt(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : makeInt(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : makeInt(r)
        case .floorDivide, .remainder:
            if y == 0 { return nil }
            var (q, o) = x.dividedReportingOverflow(by: y)
            if o { return nil }
            var r = x - q * y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return makeInt(op == .floorDivide ? q : r)
        case .rshift:
            if y < 0 { return nil }
            return makeInt(y >= 127 ? (x < 0 ? -1 : 0) : x >> Int(y))
        case .lshift:
            if y < 0 || y >= 127 { return nil }
            let r = x << Int(y)
            return r >> Int(y) == x ? makeInt(r) : nil
        case .and: return makeInt(x & y)
        case .or: return makeInt(x | y)
        case .xor: return makeInt(x ^ y)
        case .trueDivide, .power, .matrixMultiply: return nil
        }
    }
}

extension BigInt {
    /// `&`, `|` or `^` with Python's semantics: both operands as infinite two's complement
    /// (the BigInt package's operators treat negative numbers differently).
    static func twosComplementBitwise(_ x: BigInt, _ y: BigInt, _ combine: (UInt, UInt) -> UInt) -> BigInt {
        let count = Swift.max(x.magnitude.words.count, y.magnitude.words.count) + 1
        func words(_ v: BigInt) -> [UInt] {
            var result = [UInt](repeating: 0, count: count)
            let magnitude = v.magnitude.words
            for i in 0..<magnitude.count { result[i] = magnitude[i] }
            if v.sign == .minus {
                var carry: UInt = 1
                for i in 0..<count {
                    let (sum, overflow) = (~result[i]).addingReportingOverflow(carry)
                    result[i] = sum
                    carry = overflow ? 1 : 0
                }
            }
            return result
        }
        let a = words(x), b = words(y)
        var r = (0..<count).map { combine(a[$0], b[$0]) }
        let negative = r[count - 1] >> (UInt.bitWidth - 1) != 0
        if negative {
            var carry: UInt = 1
            for i in 0..<count {
                let (sum, overflow) = (~r[i]).addingReportingOverflow(carry)
                r[i] = sum
                carry = overflow ? 1 : 0
            }
        }
        return BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: r))
    }
}
