// A per-type memo of `_PyType_Lookup` results (CPython's method cache, per type).
//
// Every type namespace of one runtime shares a `TypeEpoch`; any change to any type
// namespace or MRO bumps it, and a memo whose epoch is stale is emptied before use. Class
// attributes rarely change once a program runs, so lookups become one hash probe keyed by
// the identity of the (interned) name, with misses remembered as NULL.

/// The runtime-wide version of all type namespaces and MROs.
public final class TypeEpoch {
    public internal(set) var value: UInt64 = 1
    @inline(__always) func bump() { value &+= 1 }
}

struct TypeLookupMemo {
    /// Keys are kept alive, so an identity can never be reused by another string.
    private var keys: UnsafeMutablePointer<PyStrObject?>? = nil
    private var values: UnsafeMutablePointer<Value>? = nil
    private var capacity = 0
    private var count = 0
    private(set) var epoch: UInt64 = 0
    private static let maximumCapacity = 1024

    /// The home slot of a name: its address (objects are 16-byte aligned).
    @inline(__always)
    private static func slot(_ name: PyStrObject, _ mask: Int) -> Int {
        Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(name).toOpaque()) &>> 4) & mask
    }

    /// The remembered result (NULL: known absent), or nil when not remembered at `epoch`.
    @inline(__always)
    func find(_ name: PyStrObject, epoch current: UInt64) -> Value? {
        guard epoch == current, let keys, let values else { return nil }
        let mask = capacity - 1
        var i = TypeLookupMemo.slot(name, mask)
        while true {
            guard let k = keys[i] else { return nil }
            if k === name { return values[i] }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ name: PyStrObject, _ value: Value, epoch current: UInt64) {
        if epoch != current || capacity == 0 || (count + 1) * 2 > capacity {
            reset(capacity: epoch != current || capacity == 0 ? max(capacity, 16)
                  : min(capacity * 2, TypeLookupMemo.maximumCapacity))
            epoch = current
        }
        guard let keys, let values else { return }
        let mask = capacity - 1
        var i = TypeLookupMemo.slot(name, mask)
        while let k = keys[i] {
            if k === name { values[i] = value; return }
            i = (i + 1) & mask
        }
        keys[i] = name
        values[i] = value
        count += 1
    }

    /// Empties the memo, with room for `newCapacity` entries (a power of two).
    private mutating func reset(capacity newCapacity: Int) {
        release()
        let size = newCapacity
        keys = UnsafeMutablePointer<PyStrObject?>.allocate(capacity: size)
        keys!.initialize(repeating: nil, count: size)
        values = UnsafeMutablePointer<Value>.allocate(capacity: size)
        values!.initialize(repeating: .null, count: size)
        capacity = size
        count = 0
    }

    mutating func release() {
        if let keys, let values {
            keys.deinitialize(count: capacity)
            keys.deallocate()
            values.deinitialize(count: capacity)
            values.deallocate()
        }
        keys = nil
        values = nil
        capacity = 0
        count = 0
    }
}
