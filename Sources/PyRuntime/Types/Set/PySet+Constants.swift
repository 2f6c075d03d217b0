// frozenset constants: built the way marshal.loads builds them (adding elements in stored
// order), or, when the front end supplies the compiler object's own iteration order, by
// restoring the exact table that iterates in that order (the compiler's frozensets went
// through rebuilds we cannot replay, but their layout is recoverable from the order).

/// How the stored element order of frozenset constants is to be read.
public enum FrozensetConstantOrder: Sendable {
    /// The order marshal data lists them in (a .pyc): insert one by one, as marshal.loads does.
    case insertion
    /// The iteration order of the compiler's own frozenset (source compiled through the
    /// python3 bridge): restore the table that iterates in exactly this order.
    case iteration
}

extension Runtime {
    /// A frozenset (or set) constant from its converted elements.
    func setConstant(_ type: PyType, _ items: [Value]) throws -> PySet {
        let s = PySet(type: type)
        if frozensetConstantOrder == .iteration && items.count > 1 {
            let hashed = try items.map { (key: $0, hash: try hash($0)) }
            if s.restoreLayout(hashed), try hashed.allSatisfy({ try s.contains($0.key, hash: $0.hash, self) }) {
                return s
            }
            s.clear()
        }
        for item in items { try setAdd(s, item) }
        return s
    }
}

extension PySet {
    /// The table size of a set after `count` distinct insertions into an empty one.
    static func tableSize(afterInserting count: Int) -> Int {
        var mask = minSize - 1
        var fill = 0
        for _ in 0..<count {
            fill += 1
            if fill * 5 >= mask * 3 {
                let minUsed = fill > 50000 ? fill * 2 : fill * 4
                var size = minSize
                while size <= minUsed { size <<= 1 }
                mask = size - 1
            }
        }
        return mask + 1
    }

    /// One element's probe sequence, in the order set_add_entry visits slots.
    struct ProbeWalk {
        var base: Int
        var offset = 0
        var probes: Int
        var perturb: UInt
        var steps = 0
        let mask: Int

        init(hash: Int, mask: Int) {
            self.mask = mask
            base = hash & mask
            perturb = UInt(bitPattern: hash)
            probes = base + PySet.linearProbes <= mask ? PySet.linearProbes : 0
        }

        /// The next slot on the path.
        mutating func next() -> Int {
            let slot = base + offset
            steps += 1
            if offset < probes {
                offset += 1
            } else {
                perturb >>= UInt(PySet.perturbShift)
                base = (base &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
                probes = base + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                offset = 0
            }
            return slot
        }
    }

    /// Places `elements` (in iteration order) into an empty table of the size their count
    /// implies, so that slots increase with the order and every element's probe path before
    /// its slot is occupied: the invariant any table built by insertions satisfies. Walking
    /// each path and taking the first slot past the previous element reproduces CPython's
    /// layout; a slot that would strand a later element is instead left to a later element
    /// (depth-first search with a step budget). False when no layout is found.
    func restoreLayout(_ elements: [(key: Value, hash: Int)]) -> Bool {
        struct Level {
            var walk: ProbeWalk
            var previous: Int
            /// Slots above `previous` that later elements must fill (sorted).
            var required: [Int]
            /// Slots on this element's path that it skipped, so later elements must fill them.
            var pending: [Int] = []
            var chosen: Int? = nil
        }
        let size = PySet.tableSize(afterInserting: elements.count)
        let mask = size - 1
        var occupied = [Bool](repeating: false, count: size)
        var levels: [Level] = []
        levels.reserveCapacity(elements.count)
        levels.append(Level(walk: ProbeWalk(hash: elements[0].hash, mask: mask), previous: -1, required: []))
        var budget = 1_000_000 + 64 * elements.count
        let maxSteps = 4 * size + 64

        while true {
            let k = levels.count - 1
            var level = levels[k]
            if let chosen = level.chosen {
                // Backtracking into this level: the chosen slot goes to a later element instead.
                occupied[chosen] = false
                level.chosen = nil
                insertSorted(&level.pending, chosen)
            }
            var candidate: Int? = nil
            while budget > 0 && level.walk.steps < maxSteps {
                budget -= 1
                let p = level.walk.next()
                if p <= level.previous {
                    if occupied[p] { continue }
                    break  // an empty slot the element would have taken: dead end
                }
                if level.pending.contains(p) { continue }
                // Slots skipped on the way must go to later elements (above this one), and
                // required slots cannot be passed over (they would stay empty).
                if p < (level.pending.first ?? Int.max) && p <= (level.required.first ?? Int.max) {
                    candidate = p
                    break
                }
                insertSorted(&level.pending, p)
            }
            if budget <= 0 { return false }
            guard let slot = candidate else {
                levels.removeLast()
                if levels.isEmpty { return false }
                continue
            }
            level.chosen = slot
            occupied[slot] = true
            levels[k] = level
            var required = level.required
            while required.first == slot { required.removeFirst() }
            for p in level.pending { insertSorted(&required, p) }
            if k + 1 == elements.count {
                if required.isEmpty { break }
                continue  // a skipped slot stays empty: try another slot for this element
            }
            levels.append(Level(walk: ProbeWalk(hash: elements[k + 1].hash, mask: mask),
                                previous: slot, required: required))
        }
        var newTable = ContiguousArray<Entry>(repeating: .empty, count: size)
        for (k, level) in levels.enumerated() {
            guard let slot = level.chosen else { return false }
            newTable[slot] = Entry(hash: elements[k].hash, key: elements[k].key)
        }
        replaceTable(newTable, count: elements.count)
        return true
    }

    private func insertSorted(_ array: inout [Int], _ value: Int) {
        var i = array.count
        while i > 0 && array[i - 1] > value { i -= 1 }
        array.insert(value, at: i)
    }
}
