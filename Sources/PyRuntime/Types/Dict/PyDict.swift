// `dict` storage: a compact, insertion-ordered hash table (entries in order plus an index
// table probed like CPython's). Key hashing and comparison go through the runtime, since
// user classes can define __hash__ and __eq__; str keys take a no-callback fast path.

public final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value      // .null marks a deleted entry
        var value: Value
    }

    private(set) var entries: ContiguousArray<Entry> = []
    private var indices: ContiguousArray<Int32> = ContiguousArray(repeating: -1, count: 8)
    public private(set) var count = 0
    /// Bumped on every insertion or deletion, so iterators can detect size changes.
    public private(set) var version = 0
    /// Bumped on every change, values included: LOAD_GLOBAL's inline cache checks it.
    public private(set) var mutations = 0

    public override init(type: PyType) {
        super.init(type: type)
    }

    /// For the runtime bootstrap, before the `dict` type exists (its type is set after).
    init(bootstrapDict: ()) {
        super.init(bootstrap: ())
    }

    // MARK: lookup

    /// The slot of `key` in `entries`, or nil. `equal` is called only for equal hashes.
    private func find(_ key: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows -> (slot: Int?, index: Int) {
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstFree: Int? = nil
        while true {
            let entryIndex = Int(indices[i])
            if entryIndex == -1 { return (nil, firstFree ?? i) }
            if entryIndex == -2 {
                if firstFree == nil { firstFree = i }
            } else {
                let entry = entries[entryIndex]
                if entry.hash == hash {
                    if entry.key.isIdentical(to: key) { return (entryIndex, i) }
                    if try equal(entry.key, key) { return (entryIndex, i) }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    /// Lookup by a str key without calling back into Python (namespaces, attributes).
    @inline(__always)
    public func lookupString(_ key: PyStrObject) -> Value? {
        let hash = key.hashValue
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let entryIndex = Int(indices[i])
            if entryIndex == -1 { return nil }
            if entryIndex >= 0 {
                let entry = entries[entryIndex]
                if entry.hash == hash, case .object(let k) = entry.key {
                    if k === key { return entry.value }
                    if let s = k as? PyStrObject, s.isEqual(to: key) { return entry.value }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    public func get(_ key: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows -> Value? {
        guard let slot = try find(key, hash: hash, equal: equal).slot else { return nil }
        return entries[slot].value
    }

    // MARK: mutation

    public func set(_ key: Value, _ value: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows {
        let (slot, index) = try find(key, hash: hash, equal: equal)
        mutations &+= 1
        if let slot {
            entries[slot].value = value
            return
        }
        indices[index] = Int32(entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        if entries.count * 3 >= indices.count * 2 { rebuild() }
    }

    /// Insert or replace a str key (namespaces); no callbacks needed.
    public func setString(_ key: PyStrObject, _ value: Value) {
        set(.object(key), value, hash: key.hashValue) { a, b in
            if case .object(let x) = a, let s = x as? PyStrObject, case .object(let y) = b,
               let t = y as? PyStrObject { return s.isEqual(to: t) }
            return false
        }
    }

    /// Removes `key`; returns its value, nil when absent.
    @discardableResult
    public func remove(_ key: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows -> Value? {
        let (slot, index) = try find(key, hash: hash, equal: equal)
        guard let slot else { return nil }
        mutations &+= 1
        let old = entries[slot].value
        entries[slot].key = .null
        entries[slot].value = .null
        indices[index] = -2
        count -= 1
        version &+= 1
        return old
    }

    public func removeAll() {
        mutations &+= 1
        entries.removeAll()
        indices = ContiguousArray(repeating: -1, count: 8)
        count = 0
        version &+= 1
    }

    /// Re-indexes into a table sized for the live entries, dropping deleted ones.
    private func rebuild() {
        var live = ContiguousArray<Entry>()
        live.reserveCapacity(count)
        for entry in entries where !entry.key.isNull { live.append(entry) }
        var size = 8
        while size * 2 <= live.count * 3 { size <<= 1 }
        size <<= 1
        var table = ContiguousArray<Int32>(repeating: -1, count: size)
        let mask = size - 1
        for (n, entry) in live.enumerated() {
            var i = entry.hash & mask
            var perturb = UInt(bitPattern: entry.hash)
            while table[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            table[i] = Int32(n)
        }
        entries = live
        indices = table
    }

    // MARK: iteration

    /// Live (key, value) pairs in insertion order.
    public var items: [(key: Value, value: Value)] {
        entries.compactMap { $0.key.isNull ? nil : ($0.key, $0.value) }
    }

    /// The entry at storage position `position` or later that is live, for iterators.
    func nextEntry(from position: Int) -> (position: Int, key: Value, value: Value)? {
        var p = position
        while p < entries.count {
            let e = entries[p]
            if !e.key.isNull { return (p, e.key, e.value) }
            p += 1
        }
        return nil
    }
}
