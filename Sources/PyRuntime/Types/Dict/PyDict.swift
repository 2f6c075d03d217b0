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
    /// The index table: slot -> position in `entries` (-1 empty, -2 deleted). Tables of 8
    /// slots (every dict of up to 5 keys: instance dicts, keyword arguments) live inline in
    /// `smallIndices`, one signed byte per slot, so a small dict costs no allocation for
    /// them; larger ones use `largeIndices`. `indexMask` is the slot count minus one.
    private var indexMask = 7
    private var smallIndices = UInt64.max
    private var largeIndices: ContiguousArray<Int32> = []
    public private(set) var count = 0
    /// Bumped on every insertion or deletion, so iterators can detect size changes.
    public private(set) var version = 0
    /// Bumped on every change, values included: LOAD_GLOBAL's inline cache checks it.
    public private(set) var mutations = 0
    /// Set on type namespaces: changing one invalidates every type's lookup memo.
    final var typeEpoch: TypeEpoch?

    public override init(type: PyType) {
        super.init(type: type)
    }

    /// For the runtime bootstrap, before the `dict` type exists (its type is set after).
    init(bootstrapDict: ()) {
        super.init(bootstrap: ())
    }

    /// dict_dealloc: keys and values are released in insertion order; deep nesting (a chain
    /// of instances through their `__dict__`) goes through the trashcan.
    deinit {
        if let t = storedType, t.hasFinalizer { finalizeDying(t) }
        if entries.isEmpty { return }
        guard let lifecycle = storedType?.lifecycle else { return }
        if lifecycle.mustDefer {
            // The trash is freed from its end: push in reverse to keep the order.
            for entry in entries.reversed() {
                lifecycle.trash.append(entry.value)
                lifecycle.trash.append(entry.key)
            }
            return
        }
        lifecycle.depth += 1
        entries = []
        lifecycle.depth -= 1
        if lifecycle.depth == 0, !lifecycle.trash.isEmpty { lifecycle.drainTrash() }
    }

    /// Hands the whole table to `other` (an empty dict), leaving this one empty: the
    /// finalizer shell of a dying dict subclass instance takes its state this way.
    func moveContents(to other: PyDict) {
        other.entries = entries
        other.indexMask = indexMask
        other.smallIndices = smallIndices
        other.largeIndices = largeIndices
        other.count = count
        entries = []
        resetIndices()
        count = 0
    }

    // MARK: index table

    @inline(__always)
    private func index(at slot: Int) -> Int {
        if indexMask == 7 { return Int(Int8(truncatingIfNeeded: smallIndices &>> UInt64(truncatingIfNeeded: slot &* 8))) }
        return Int(largeIndices[slot])
    }

    @inline(__always)
    private func setIndex(_ slot: Int, _ position: Int) {
        if indexMask == 7 {
            let shift = UInt64(truncatingIfNeeded: slot &* 8)
            smallIndices = (smallIndices & ~(0xFF &<< shift)) | (UInt64(UInt8(truncatingIfNeeded: position)) &<< shift)
        } else {
            largeIndices[slot] = Int32(truncatingIfNeeded: position)
        }
    }

    private func resetIndices() {
        indexMask = 7
        smallIndices = .max
        largeIndices = []
    }

    // MARK: lookup

    /// The slot of `key` in `entries`, or nil. `equal` is called only for equal hashes.
    private func find(_ key: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows -> (slot: Int?, index: Int) {
        let mask = indexMask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstFree: Int? = nil
        while true {
            let entryIndex = index(at: i)
            if entryIndex == -1 { return (nil, firstFree ?? i) }
            if entryIndex == -2 {
                if firstFree == nil { firstFree = i }
            } else {
                // Fields one by one: copying the entry would retain its key and value.
                if entries[entryIndex].hash == hash {
                    if entries[entryIndex].key.isIdentical(to: key) { return (entryIndex, i) }
                    if try equal(entries[entryIndex].key, key) { return (entryIndex, i) }
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
        let mask = indexMask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let entryIndex = index(at: i)
            if entryIndex == -1 { return nil }
            // Fields are read one by one: copying the whole entry would retain its key and
            // its value on every probe.
            if entryIndex >= 0 && entries[entryIndex].hash == hash, case .object(let k) = entries[entryIndex].key {
                if k === key { return entries[entryIndex].value }
                if let s = k as? PyStrObject, s.isEqual(to: key) { return entries[entryIndex].value }
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
        store(key, value, hash: hash, slot: slot, index: index)
    }

    /// The second half of `set`: replaces the value at `slot`, or inserts at `index`.
    @inline(__always)
    private func store(_ key: Value, _ value: Value, hash: Int, slot: Int?, index: Int) {
        mutations &+= 1
        if let typeEpoch { typeEpoch.bump() }
        if let slot {
            // The old value is released after the store, when the table is consistent
            // (its __del__ may use this dict).
            let old = entries[slot].value
            entries[slot].value = value
            withExtendedLifetime(old) {}
            return
        }
        setIndex(index, entries.count)
        if entries.capacity == 0 { entries.reserveCapacity(5) }
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        if entries.count * 3 >= (indexMask + 1) * 2 { rebuild() }
    }

    /// Insert or replace a str key (namespaces); no callbacks needed.
    public func setString(_ key: PyStrObject, _ value: Value) {
        // find() specialised for a str key, probing like lookupString: fields read one by
        // one (no copy of whole entries), identity first, str equality without casts.
        let hash = key.hashValue
        let mask = indexMask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstFree: Int? = nil
        let strType = key.type
        while true {
            let entryIndex = index(at: i)
            if entryIndex == -1 { break }
            if entryIndex == -2 {
                if firstFree == nil { firstFree = i }
            } else if entries[entryIndex].hash == hash, case .object(let k) = entries[entryIndex].key {
                if k === key || (k.type === strType && unsafeDowncast(k, to: PyStrObject.self).isEqual(to: key))
                    || (k.type !== strType && (k as? PyStrObject)?.isEqual(to: key) == true) {
                    store(.object(key), value, hash: hash, slot: entryIndex, index: i)
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        store(.object(key), value, hash: hash, slot: nil, index: firstFree ?? i)
    }

    /// Removes `key`; returns its value, nil when absent.
    @discardableResult
    public func remove(_ key: Value, hash: Int, equal: (Value, Value) throws -> Bool) rethrows -> Value? {
        let (slot, index) = try find(key, hash: hash, equal: equal)
        guard let slot else { return nil }
        mutations &+= 1
        if let typeEpoch { typeEpoch.bump() }
        let old = entries[slot].value
        entries[slot].key = .null
        entries[slot].value = .null
        setIndex(index, -2)
        count -= 1
        version &+= 1
        return old
    }

    /// Removes and returns the last live entry (dict.popitem's LIFO order), nil when empty.
    public func removeLast() -> (key: Value, value: Value)? {
        var p = entries.count - 1
        while p >= 0 && entries[p].key.isNull { p -= 1 }
        guard p >= 0 else { return nil }
        let entry = entries[p]
        let mask = indexMask
        var i = entry.hash & mask
        var perturb = UInt(bitPattern: entry.hash)
        while index(at: i) != p {
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        setIndex(i, -2)
        // Dropping the tail entry keeps `entries` compact, as CPython's popitem does.
        entries.removeLast(entries.count - p)
        count -= 1
        version &+= 1
        mutations &+= 1
        return (entry.key, entry.value)
    }

    public func removeAll() {
        mutations &+= 1
        if let typeEpoch { typeEpoch.bump() }
        // Released (in insertion order) only once the dict is empty and consistent.
        let old = entries
        entries = []
        resetIndices()
        count = 0
        version &+= 1
        withExtendedLifetime(old) {}
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
        indexMask = size - 1
        smallIndices = .max
        largeIndices = table
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
