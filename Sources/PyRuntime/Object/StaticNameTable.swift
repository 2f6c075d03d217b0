// The interned str objects of name literals in the runtime's source (`staticName("__init__")`),
// keyed by the literal's address: an open-addressing probe on pointer bits, because these
// lookups sit on hot paths (special-method lookups) where Swift's hashed Dictionary costs
// more than the rest of the operation.

struct StaticNameTable {
    private var keys: UnsafeMutablePointer<UnsafeRawPointer?>
    private var values: UnsafeMutablePointer<PyStrObject?>
    private var capacity = 1024
    private var count = 0

    init() {
        keys = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: capacity)
        keys.initialize(repeating: nil, count: capacity)
        values = UnsafeMutablePointer<PyStrObject?>.allocate(capacity: capacity)
        values.initialize(repeating: nil, count: capacity)
    }

    @inline(__always)
    private static func slot(_ key: UnsafeRawPointer, _ mask: Int) -> Int {
        let bits = UInt(bitPattern: key)
        return Int(bitPattern: (bits ^ (bits &>> 9)) &* 0x9E37_79B9_7F4A_7C15 &>> 20) & mask
    }

    @inline(__always)
    func find(_ key: UnsafeRawPointer) -> PyStrObject? {
        let mask = capacity - 1
        var i = StaticNameTable.slot(key, mask)
        while let k = keys[i] {
            if k == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(_ key: UnsafeRawPointer, _ value: PyStrObject) {
        if (count + 1) * 2 > capacity { grow() }
        let mask = capacity - 1
        var i = StaticNameTable.slot(key, mask)
        while let k = keys[i], k != key { i = (i + 1) & mask }
        if keys[i] == nil { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldCapacity = capacity
        capacity *= 2
        keys = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: capacity)
        keys.initialize(repeating: nil, count: capacity)
        values = UnsafeMutablePointer<PyStrObject?>.allocate(capacity: capacity)
        values.initialize(repeating: nil, count: capacity)
        count = 0
        for i in 0..<oldCapacity {
            if let k = oldKeys[i], let v = oldValues[i] { insert(k, v) }
        }
        oldKeys.deinitialize(count: oldCapacity)
        oldKeys.deallocate()
        oldValues.deinitialize(count: oldCapacity)
        oldValues.deallocate()
    }

    func deallocate() {
        keys.deinitialize(count: capacity)
        keys.deallocate()
        values.deinitialize(count: capacity)
        values.deallocate()
    }
}
