// The value representation (DESIGN.md section 4): small ints, floats, bools and None are
// unboxed; everything else is a PyObject reference. `null` is CPython's NULL: an empty
// stack slot, an unbound local, or the marker LOAD_GLOBAL/LOAD_METHOD push before a callable.

public enum Value {
    case null
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inline(__always) public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    @inline(__always) public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The object payload, or nil for unboxed values.
    @inline(__always) public var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}

extension Value {
    /// `is`: identity for objects, value identity for the unboxed singletons and numbers
    /// (CPython caches small ints, so `is` on equal small ints is true there too).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null), (.none, .none): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.object(a), .object(b)): return a === b
        default: return false
        }
    }
}
