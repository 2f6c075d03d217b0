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

/// Slots are copied and destroyed through their raw bits (payload word, tag byte) with
/// the tag test inline. Swift copies and destroys a multi-payload enum through
/// outlined functions, one call per copy even for ints and None (measured: 8% of the
/// instructions of list-heavy code).
/// (tags: bool 0, int 1, float 2, object 3; null and none share tag 4 with payload 0 and 1.)
func valueLayoutIsExpected() -> Bool {
    func bits(_ v: Value) -> (UInt, UInt8) {
        withUnsafeBytes(of: v) { ($0.load(as: UInt.self), $0[MemoryLayout<UInt>.size]) }
    }
    return MemoryLayout<Value>.size == 9 && measuredValueObjectTag() == valueObjectTag
        && bits(.bool(true)) == (1, 0) && bits(.int(-5)) == (UInt(bitPattern: -5), 1)
        && bits(.float(1.5)) == (UInt((1.5).bitPattern), 2) && bits(.null) == (0, 4) && bits(.none) == (1, 4)
}

extension UnsafeMutablePointer where Pointee == Value {
    /// A copy (+1) of the value in this slot. Rebuilt case by case from the raw bits, so
    /// the compiler sees trivial cases as trivial (a bit cast would still be copied
    /// through the outlined copy function). Layout checked by `valueLayoutIsExpected`.
    @inline(__always) var copiedValue: Value {
        let raw = UnsafeRawPointer(self)
        let payload = raw.load(as: UInt.self)
        switch raw.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt8.self) {
        case valueObjectTag: return .object(Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern: payload)!).takeUnretainedValue())
        case 1: return .int(Int(bitPattern: payload))
        case 2: return .float(Double(bitPattern: UInt64(payload)))
        case 0: return .bool(payload & 1 != 0)
        default: return payload == 0 ? .null : .none
        }
    }

    /// Destroys the value in this slot, leaving it uninitialized.
    @inline(__always) func destroyValue() {
        let raw = UnsafeRawPointer(self)
        if raw.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt8.self) == valueObjectTag {
            Unmanaged<PyObject>.fromOpaque(raw.load(as: UnsafeRawPointer.self)).release()
        }
    }

    /// Stores `value` (moved in) over this slot's value, releasing the old one afterwards
    /// (CPython's order: the slot is consistent before a `__del__` can run).
    @inline(__always) func replaceValue(with value: consuming Value) {
        let raw = UnsafeRawPointer(self)
        let oldTag = raw.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt8.self)
        let oldPayload = raw.load(as: UInt.self)
        initialize(to: value)
        if oldTag == valueObjectTag {
            Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern: oldPayload)!).release()
        }
    }
}
