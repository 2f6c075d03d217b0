// `set` and `frozenset` storage: CPython 3.11's setobject.c hash table replayed step by step
// (9 linear probes then perturbation, dummies left by deletions, the same fill thresholds and
// resize sizes, re-insertion in old slot order), so iteration order is CPython's. Element
// equality goes through the runtime because user classes define __eq__; the set iterator too.
import PyBytecode

public final class PySet: PyObject {
    /// One slot. Empty: key `.null`, hash 0. Dummy (deleted): key `.null`, hash -1 (no
    /// Python hash is -1, so a dummy never matches a probe's hash).
    struct Entry {
        var hash: Int
        var key: Value

        static var empty: Entry { Entry(hash: 0, key: .null) }
        static var dummy: Entry { Entry(hash: -1, key: .null) }

        @inline(__always) var isActive: Bool { !key.isNull }
        @inline(__always) var isEmpty: Bool { key.isNull && hash == 0 }
        @inline(__always) var isDummy: Bool { key.isNull && hash == -1 }
    }

    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    private(set) var table: ContiguousArray<Entry>
    private(set) var mask: Int
    /// Active plus dummy slots (CPython's `fill`).
    private(set) var fill = 0
    /// Active slots: the set's length.
    public private(set) var used = 0
    /// Where `pop` resumes its scan.
    private var finger = 0
    /// frozenset's cached hash (`so->hash`, -1 there meaning "not computed").
    var cachedHash: Int? = nil
    /// Bumped whenever `table` is replaced or emptied. A comparison callback can mutate the
    /// set; CPython detects that by comparing table pointers, this compares generations.
    private(set) var generation = 0
    /// frozenset or a subclass of it.
    public let isFrozen: Bool

    public override init(type: PyType) {
        table = ContiguousArray(repeating: .empty, count: PySet.minSize)
        mask = PySet.minSize - 1
        isFrozen = type.layout == .frozenset
        super.init(type: type)
    }

    // MARK: probing (set_lookkey, set_add_entry, set_insert_clean)

    @inline(__always)
    private static func nextProbe(_ i: Int, _ perturb: inout UInt, _ mask: Int) -> Int {
        perturb >>= UInt(perturbShift)
        return (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }

    /// `set_lookkey`: the slot of the active entry equal to `key`, or nil.
    func lookup(_ key: Value, hash: Int, _ rt: Runtime) throws -> Int? {
        restart: while true {
            var perturb = UInt(bitPattern: hash)
            var mask = self.mask
            var i = hash & mask
            while true {
                var j = i
                var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                while true {
                    let entry = table[j]
                    if entry.isEmpty { return nil }
                    if entry.hash == hash && entry.isActive {
                        let startkey = entry.key
                        if startkey.isIdentical(to: key) { return j }
                        let before = generation
                        let equal = try rt.equal(startkey, key)
                        if before != generation || !table[j].key.isIdentical(to: startkey) { continue restart }
                        if equal { return j }
                        mask = self.mask
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                i = PySet.nextProbe(i, &perturb, mask)
            }
        }
    }

    func contains(_ key: Value, hash: Int, _ rt: Runtime) throws -> Bool {
        try lookup(key, hash: hash, rt) != nil
    }

    /// `set_add_entry`: inserts unless an equal element is present; the last dummy seen on
    /// the probe path is reused, and only a fresh slot can trigger a resize.
    func add(_ key: Value, hash: Int, _ rt: Runtime) throws {
        restart: while true {
            var mask = self.mask
            var i = hash & mask
            var freeslot: Int? = nil
            var perturb = UInt(bitPattern: hash)
            while true {
                var j = i
                var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                while true {
                    let entry = table[j]
                    if entry.isEmpty {
                        if let slot = freeslot {
                            // A comparison callback may have filled the dummy since (CPython
                            // would overwrite that element): look again instead.
                            if !table[slot].isDummy { continue restart }
                            used += 1
                            table[slot] = Entry(hash: hash, key: key)
                            return
                        }
                        fill += 1
                        used += 1
                        table[j] = Entry(hash: hash, key: key)
                        if fill * 5 < mask * 3 { return }
                        resize(minUsed: used > 50000 ? used * 2 : used * 4)
                        return
                    }
                    if entry.hash == hash && entry.isActive {
                        let startkey = entry.key
                        if startkey.isIdentical(to: key) { return }
                        let before = generation
                        if try rt.equal(startkey, key) { return }
                        if before != generation || !table[j].key.isIdentical(to: startkey) { continue restart }
                        mask = self.mask
                    } else if entry.isDummy {
                        freeslot = j
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                i = PySet.nextProbe(i, &perturb, mask)
            }
        }
    }

    /// `set_insert_clean`: the first empty slot of the probe sequence (the table has no
    /// dummies and the element is known to be absent, so no comparisons).
    private static func insertClean(_ table: inout ContiguousArray<Entry>, _ mask: Int, _ entry: Entry) {
        var perturb = UInt(bitPattern: entry.hash)
        var i = entry.hash & mask
        while true {
            if table[i].key.isNull { table[i] = entry; return }
            if i + linearProbes <= mask {
                for j in (i + 1)...(i + linearProbes) where table[j].key.isNull {
                    table[j] = entry
                    return
                }
            }
            i = nextProbe(i, &perturb, mask)
        }
    }

    /// `set_table_resize`: the smallest power of two above `minUsed` (at least 8), refilled
    /// in old slot order; dummies are dropped.
    func resize(minUsed: Int) {
        var newSize = PySet.minSize
        while newSize <= minUsed { newSize <<= 1 }
        // CPython keeps its small table in place when nothing would change.
        if newSize == PySet.minSize && mask == PySet.minSize - 1 && fill == used { return }
        var newTable = ContiguousArray<Entry>(repeating: .empty, count: newSize)
        let newMask = newSize - 1
        for entry in table where entry.isActive { PySet.insertClean(&newTable, newMask, entry) }
        table = newTable
        mask = newMask
        fill = used
        generation &+= 1
    }

    /// Installs a table built elsewhere (restored constants): `count` active entries, no dummies.
    func replaceTable(_ newTable: ContiguousArray<Entry>, count: Int) {
        table = newTable
        mask = newTable.count - 1
        fill = count
        used = count
        cachedHash = nil
        generation &+= 1
    }

    /// `set_discard_entry`: true when an element was removed (its slot becomes a dummy).
    @discardableResult
    func discard(_ key: Value, hash: Int, _ rt: Runtime) throws -> Bool {
        guard let slot = try lookup(key, hash: hash, rt) else { return false }
        table[slot] = .dummy
        used -= 1
        return true
    }

    /// `set_clear_internal`: back to an empty minimum-size table.
    func clear() {
        table = ContiguousArray(repeating: .empty, count: PySet.minSize)
        mask = PySet.minSize - 1
        fill = 0
        used = 0
        cachedHash = nil
        generation &+= 1
    }

    /// `set_merge`: adds every element of `other`, with CPython's shortcuts for an empty
    /// receiver (copy the table verbatim, or clean insertion in `other`'s slot order).
    func merge(_ other: PySet, _ rt: Runtime) throws {
        if other === self || other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 { resize(minUsed: (used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            table = other.table
            fill = other.fill
            used = other.used
            generation &+= 1
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for entry in other.table where entry.isActive { PySet.insertClean(&table, mask, entry) }
            return
        }
        // Duplicates are possible: ordinary insertions (callbacks may mutate `other`).
        var i = 0
        while i <= other.mask {
            let entry = other.table[i]
            if entry.isActive { try add(entry.key, hash: entry.hash, rt) }
            i += 1
        }
    }

    /// `set_next`: the first active slot at `position` or later.
    func nextEntry(from position: Int) -> (position: Int, key: Value, hash: Int)? {
        var i = position
        while i <= mask {
            let entry = table[i]
            if entry.isActive { return (i, entry.key, entry.hash) }
            i += 1
        }
        return nil
    }

    /// The elements in iteration order.
    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for entry in table where entry.isActive { out.append(entry.key) }
        return out
    }

    /// `set_pop`: the first active slot from the finger on, wrapping around.
    func pop() -> Value? {
        guard used > 0 else { return nil }
        var i = finger & mask
        var scanned = 0
        while !table[i].isActive {
            i += 1
            if i > mask { i = 0 }
            scanned += 1
            if scanned > mask { return nil }  // unreachable while `used` is consistent
        }
        let key = table[i].key
        table[i] = .dummy
        used -= 1
        finger = i + 1
        return key
    }

    /// `set_swap_bodies`: exchanges the tables; the cached hashes move only between frozensets.
    func swapBodies(with other: PySet) {
        if other === self { return }
        swap(&table, &other.table)
        swap(&mask, &other.mask)
        swap(&fill, &other.fill)
        swap(&used, &other.used)
        generation &+= 1
        other.generation &+= 1
        if isFrozen && other.isFrozen {
            swap(&cachedHash, &other.cachedHash)
        } else {
            cachedHash = nil
            other.cachedHash = nil
        }
    }

    /// `frozenset_hash`: order-independent, over the active entries' hashes.
    var frozensetHash: Int {
        if let cachedHash { return cachedHash }
        var hashes: [Int] = []
        hashes.reserveCapacity(used)
        for entry in table where entry.isActive { hashes.append(entry.hash) }
        let h = PyHash.frozensetHash(entryHashes: hashes)
        cachedHash = h
        return h
    }
}

/// `set_iterator`: walks the table by slot; a change in the set's length is an error that
/// sticks (CPython sets `si_used = -1`).
public final class PySetIterator: PyObject {
    private(set) var set: PySet?
    private var expectedUsed: Int
    private var position = 0

    init(type: PyType, set: PySet) {
        self.set = set
        self.expectedUsed = set.used
        super.init(type: type)
    }

    func next(_ rt: Runtime) throws -> Value? {
        guard let s = set else { return nil }
        if expectedUsed != s.used {
            expectedUsed = -1
            throw rt.error(rt.types.runtimeError, "Set changed size during iteration")
        }
        guard let entry = s.nextEntry(from: position) else {
            set = nil
            return nil
        }
        position = entry.position + 1
        return entry.key
    }
}
