// `range` and `slice`.
//
// A range keeps its bounds as arbitrary-precision ints, as CPython's rangeobject does, so
// range(10 ** 20) works; `small` is the Int view used by the fast paths (iteration,
// indexing, `in`) whenever every value of the range and its length fit in an Int.
import BigInt

public final class PyRange: PyObject {
    /// The bounds as BigInts, only for ranges whose values do not fit in an Int.
    private let bigBounds: (start: BigInt, stop: BigInt, step: BigInt, length: BigInt)?
    /// start/stop/step/count as Ints, when they all fit (nearly every range).
    public let small: (start: Int, stop: Int, step: Int, count: Int)?

    public var start: BigInt { small.map { BigInt(word: $0.start) } ?? bigBounds!.start }
    public var stop: BigInt { small.map { BigInt(word: $0.stop) } ?? bigBounds!.stop }
    public var step: BigInt { small.map { BigInt(word: $0.step) } ?? bigBounds!.step }
    public var length: BigInt { small.map { BigInt(word: $0.count) } ?? bigBounds!.length }

    init(type: PyType, start: BigInt, stop: BigInt, step: BigInt) {
        let length = PyRange.computeLength(start, stop, step)
        // Every value lies between start and stop, so these four fitting is enough.
        if let s = start.exactInt, let e = stop.exactInt, let st = step.exactInt, let n = length.exactInt {
            small = (s, e, st, n)
            bigBounds = nil
        } else {
            small = nil
            bigBounds = (start, stop, step, length)
        }
        super.init(type: type)
    }

    /// A range of machine ints (step != 0): no BigInt unless the length overflows an Int.
    convenience init(type: PyType, start: Int, stop: Int, step: Int) {
        let (lo, hi, st) = step > 0 ? (Int128(start), Int128(stop), Int128(step)) : (Int128(stop), Int128(start), -Int128(step))
        let count = lo >= hi ? 0 : (hi - lo - 1) / st + 1
        if let n = Int(exactly: count) {
            self.init(type: type, small: (start, stop, step, n))
        } else {
            self.init(type: type, start: BigInt(word: start), stop: BigInt(word: stop), step: BigInt(word: step))
        }
    }

    private init(type: PyType, small: (start: Int, stop: Int, step: Int, count: Int)) {
        self.small = small
        self.bigBounds = nil
        super.init(type: type)
    }

    /// compute_range_length: the number of values (0 when the range is empty).
    static func computeLength(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> BigInt {
        let (lo, hi, st) = step > 0 ? (start, stop, step) : (stop, start, -step)
        if lo >= hi { return 0 }
        return (hi - lo - 1) / st + 1
    }

    /// The i-th value, for 0 <= i < length.
    func item(_ i: BigInt) -> BigInt { start + i * step }

    /// The position of `x` in the range, or nil.
    func position(of x: BigInt) -> BigInt? {
        let inBounds = step > 0 ? (x >= start && x < stop) : (x <= start && x > stop)
        guard inBounds else { return nil }
        let (q, r) = (x - start).quotientAndRemainder(dividingBy: step)
        return r == 0 ? q : nil
    }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    init(type: PyType, start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }
}
