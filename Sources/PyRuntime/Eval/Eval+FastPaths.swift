// Operand fast paths for the eval loop: float arithmetic, subscripts of exact lists and
// tuples with small-int indices, unpacking exact tuples and lists. Each returns nil (or
// false) when it does not apply, and the loop falls back to the general protocol, which
// produces every error message.
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    /// BINARY_OP `arg` on a float and a float or small int, for + - * / ** (and their in-place
    /// forms); nil otherwise (including division by zero, left to the protocol's error).
    @inline(__always)
    func floatBinary(_ arg: Int32, _ a: Value, _ b: Value) -> Value? {
        let x: Double, y: Double
        switch (a, b) {
        case let (.float(l), .float(r)): x = l; y = r
        case let (.float(l), .int(r)): x = l; y = Double(r)
        case let (.int(l), .float(r)): x = Double(l); y = r
        default: return nil
        }
        switch arg {
        case 0, 13: return .float(x + y)
        case 10, 23: return .float(x - y)
        case 5, 18: return .float(x * y)
        case 11, 24: return y == 0 ? nil : .float(x / y)
        case 8, 21:
            // A positive finite base and a finite exponent: C's pow() is Python's, unless it
            // overflows (OverflowError) - the general path handles the rest.
            guard x > 0, x.isFinite, y.isFinite else { return nil }
            let r = pow(x, y)
            return r.isFinite ? .float(r) : nil
        default: return nil
        }
    }

    /// `container[index]` for an exact list or tuple and an in-range small int.
    @inline(__always)
    func sequenceItem(_ container: UnsafeMutablePointer<Value>, _ index: Int) -> Value? {
        if let list = container.unretainedObject(ofExactClass: PyList.self) {
            return list._withUnsafeGuaranteedRef { l -> Value? in
                guard l.type === types.list, let j = normalizedIndex(index, l.items.count) else { return nil }
                return l.items.withUnsafeBufferPointer { UnsafeMutablePointer(mutating: $0.baseAddress! + j).copiedValue }
            }
        }
        if let tuple = container.unretainedObject(ofExactClass: PyTuple.self) {
            return tuple._withUnsafeGuaranteedRef { t -> Value? in
                guard t.type === types.tuple, let j = normalizedIndex(index, t.items.count) else { return nil }
                return t.items.withUnsafeBufferPointer { UnsafeMutablePointer(mutating: $0.baseAddress! + j).copiedValue }
            }
        }
        return nil
    }

    /// `list[index] = value` for an exact list and an in-range small int; false otherwise.
    @inline(__always)
    func storeListItem(_ container: UnsafeMutablePointer<Value>, _ index: Int, _ value: Value) -> Bool {
        guard let list = container.unretainedObject(ofExactClass: PyList.self) else { return false }
        return list._withUnsafeGuaranteedRef { l -> Bool in
            guard l.type === types.list, let j = normalizedIndex(index, l.items.count) else { return false }
            let old = l.items[j]
            l.items[j] = value
            withExtendedLifetime(old) {}  // released once the list holds the new value
            return true
        }
    }

    /// The items of an exact tuple or list of exactly `count` items (UNPACK_SEQUENCE).
    @inline(__always)
    func unpackableItems(_ value: UnsafeMutablePointer<Value>, _ count: Int) -> [Value]? {
        if let tuple = value.unretainedObject(ofExactClass: PyTuple.self) {
            return tuple._withUnsafeGuaranteedRef { t in t.type === types.tuple && t.items.count == count ? t.items : nil }
        }
        if let list = value.unretainedObject(ofExactClass: PyList.self) {
            return list._withUnsafeGuaranteedRef { l in l.type === types.list && l.items.count == count ? l.items : nil }
        }
        return nil
    }
}

extension PySequenceIterator {
    /// FOR_ITER over a list, tuple or range: `.some(item)`, `.some(nil)` when exhausted, or
    /// nil for sources the general `next` handles (str).
    @inline(__always)
    func fastNext() -> Value?? {
        switch source {
        case .range(let start, let step, let count):
            guard index < count else { return .some(nil) }
            defer { index += 1 }
            return .int(start &+ step &* index)
        case .list(let l):
            guard index < l.items.count else { index = Int.max; return .some(nil) }
            defer { index += 1 }
            return l.items[index]
        case .tuple(let t):
            guard index < t.items.count else { return .some(nil) }
            defer { index += 1 }
            return t.items[index]
        default:
            return nil
        }
    }
}
