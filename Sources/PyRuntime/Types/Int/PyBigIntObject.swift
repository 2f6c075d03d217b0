// Integers outside the 64-bit range (smaller ones are `Value.int`). Results that fit in
// 64 bits always go back to `Value.int`, so a PyBigIntObject never holds a small value.
import BigInt

public final class PyBigIntObject: PyObject {
    public let value: BigInt
    init(type: PyType, _ value: BigInt) {
        self.value = value
        super.init(type: type)
    }
}

/// True for an int object whose value does not fit in Int. Exact big ints never fit (small
/// values are unboxed); instances of int subclasses are PyBigIntObjects of any size.
@inline(__always)
func isOversizedInt(_ o: PyObject) -> Bool {
    guard let big = o as? PyBigIntObject else { return false }
    return Int(exactly: big.value) == nil
}
