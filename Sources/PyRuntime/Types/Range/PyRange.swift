// `range` and `slice`.
//
// A range keeps its bounds as arbitrary-precision ints, as CPython's rangeobject does, so
// range(10 ** 20) works; `small` is the Int view used by the fast paths (iteration,
// indexing, `in`) whenever every value of the range and its length fit in an Int.
import BigInt

public final class PyRange: PyObject {
    public let start: BigInt
    public let stop: BigInt
    public let step: BigInt
    public let length: BigInt
    /// start/stop/step/count as Ints, when they all fit (nearly every range).
    public let small: (start: Int, stop: Int, step: Int, count: Int)?

    init(type: PyType, start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        let length = PyRange.computeLength(start, stop, step)
        self.length = length
        // Every value lies between start and stop, so these four fitting is enough.
        if let s = Int(exactly: start), let e = Int(exactly: stop), let st = Int(exactly: step), let n = Int(exactly: length) {
            small = (s, e, st, n)
        } else {
            small = nil
        }
        super.init(type: type)
    }

    convenience init(type: PyType, start: Int, stop: Int, step: Int) {
        self.init(type: type, start: BigInt(start), stop: BigInt(stop), step: BigInt(step))
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
