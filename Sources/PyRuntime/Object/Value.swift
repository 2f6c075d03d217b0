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

// Raw reads of a Value in memory for the eval loop's hot paths. Matching `.object(let o)`
// on a stack slot copies the value, and the copy retains the object; these read the payload
// word and the tag byte instead and hand out an unretained reference, valid while the slot
// keeps the object alive.

/// The tag byte Swift gives `.object` in Value's layout (payload word, then tag): payload
/// cases are numbered in declaration order (bool 0, int 1, float 2, object 3). A constant,
/// so reading it costs nothing; `Runtime.init` checks it against a real value.
let valueObjectTag: UInt8 = 3

/// The tag byte of `.object` as this build lays Value out (for the check in Runtime.init).
func measuredValueObjectTag() -> UInt8 {
    let probe = Value.object(PyObject(bootstrap: ()))
    return withUnsafeBytes(of: probe) { $0[MemoryLayout<UnsafeRawPointer>.size] }
}

extension UnsafePointer where Pointee == Value {
    /// The object in this slot, unretained; nil for unboxed values.
    @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
        UnsafeMutablePointer(mutating: self).unretainedObject
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The object in this slot, unretained; nil for unboxed values.
    @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: MemoryLayout<UnsafeRawPointer>.size, as: UInt8.self) == valueObjectTag else { return nil }
        return Unmanaged.fromOpaque(raw.load(as: UnsafeRawPointer.self))
    }

    /// The object in this slot when its class is exactly `kind`, unretained.
    @inline(__always) func unretainedObject<T: PyObject>(ofExactClass kind: T.Type) -> Unmanaged<T>? {
        guard let o = unretainedObject else { return nil }
        // An object's first word is its class metadata.
        guard o.toOpaque().load(as: UnsafeRawPointer.self) == unsafeBitCast(kind, to: UnsafeRawPointer.self) else { return nil }
        return Unmanaged<T>.fromOpaque(o.toOpaque())
    }
}
