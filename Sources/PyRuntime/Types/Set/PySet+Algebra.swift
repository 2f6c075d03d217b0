// The set algorithms of setobject.c on top of PySet's table: construction, update, union,
// intersection, differences, subset tests, rich comparison, membership with the frozenset
// retry, and repr. Each follows CPython's iteration choices (which operand is walked, when a
// temporary set is built, when the table is rebuilt), since those decide the result's order.

extension Runtime {
    // MARK: construction

    /// A value's set storage when it is a set or frozenset (or a subclass): PyAnySet_Check.
    @inline(__always)
    func anySet(_ v: Value) -> PySet? {
        if case .object(let o) = v { return o as? PySet }
        return nil
    }

    /// `make_new_set`: a set of exactly `type`, filled from `iterable`.
    func makeSet(_ type: PyType, _ iterable: Value?) throws -> PySet {
        let s = PySet(type: type)
        if let iterable { try setUpdateInternal(s, iterable) }
        return s
    }

    /// `make_new_set_basetype`: results of set algebra are plain set/frozenset, not subclasses.
    func makeSetBaseType(_ type: PyType, _ iterable: Value?) throws -> PySet {
        var t = type
        if t !== types.set && t !== types.frozenset {
            t = t.isSubtype(of: types.set) ? types.set : types.frozenset
        }
        return try makeSet(t, iterable)
    }

    /// `set_add_key`: hashes (raising TypeError for unhashable elements) and inserts.
    func setAdd(_ s: PySet, _ key: Value) throws {
        try s.add(key, hash: try hash(key), self)
    }

    /// `set_update_internal`: sets merge table to table, exact dicts add their keys with the
    /// stored hashes after one up-front resize, anything else is iterated.
    func setUpdateInternal(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other {
            if let os = o as? PySet {
                try s.merge(os, self)
                return
            }
            if let d = o as? PyDict, o.type === types.dict {
                let size = d.count
                if (s.fill + size) * 5 >= s.mask * 3 { s.resize(minUsed: (s.used + size) * 2) }
                var position = 0
                while let entry = d.nextEntryWithHash(from: position) {
                    position = entry.position + 1
                    try s.add(entry.key, hash: entry.hash, self)
                }
                return
            }
        }
        let it = try getIter(other)
        while let key = try next(it) { try setAdd(s, key) }
    }

    /// `set_copy`.
    func setCopy(_ s: PySet) throws -> PySet {
        try makeSetBaseType(s.type, .object(s))
    }

    // MARK: union and intersection

    /// `set_union` (method form: any iterables).
    func setUnion(_ s: PySet, _ others: [Value]) throws -> PySet {
        let result = try setCopy(s)
        for other in others where other.object !== s {
            try setUpdateInternal(result, other)
        }
        return result
    }

    /// `set_or` for two sets.
    func setOr(_ s: PySet, _ other: PySet) throws -> PySet {
        let result = try setCopy(s)
        if other === s { return result }
        try setUpdateInternal(result, .object(other))
        return result
    }

    /// `set_intersection`: a set operand is walked from the smaller side; an iterable is walked
    /// until the result is as large as the receiver.
    func setIntersection(_ s: PySet, _ other: Value) throws -> PySet {
        if other.object === s { return try setCopy(s) }
        let result = try makeSetBaseType(s.type, nil)
        if let os = anySet(other) {
            var big = s, small = os
            if small.used > big.used { swap(&big, &small) }
            var position = 0
            while let entry = small.nextEntry(from: position) {
                position = entry.position + 1
                if try big.contains(entry.key, hash: entry.hash, self) {
                    try result.add(entry.key, hash: entry.hash, self)
                }
            }
            return result
        }
        let it = try getIter(other)
        while let key = try next(it) {
            let h = try hash(key)
            if try s.contains(key, hash: h, self) {
                try result.add(key, hash: h, self)
                if result.used >= s.used { break }
            }
        }
        return result
    }

    /// `set_intersection_multi`: no arguments is a copy.
    func setIntersectionMulti(_ s: PySet, _ others: [Value]) throws -> PySet {
        if others.isEmpty { return try setCopy(s) }
        var result = s
        for other in others { result = try setIntersection(result, other) }
        return result
    }

    /// `set_intersection_update(_multi)`: compute, then swap tables into the receiver.
    func setIntersectionUpdate(_ s: PySet, _ others: [Value]) throws {
        let tmp = try setIntersectionMulti(s, others)
        s.swapBodies(with: tmp)
    }

    /// `set_isdisjoint`.
    func setIsDisjoint(_ s: PySet, _ other: Value) throws -> Bool {
        if other.object === s { return s.used == 0 }
        if let os = anySet(other), os.type === types.set || os.type === types.frozenset {
            var big = s, small = os
            if small.used > big.used { swap(&big, &small) }
            var position = 0
            while let entry = small.nextEntry(from: position) {
                position = entry.position + 1
                if try big.contains(entry.key, hash: entry.hash, self) { return false }
            }
            return true
        }
        let it = try getIter(other)
        while let key = try next(it) {
            if try s.contains(key, hash: try hash(key), self) { return false }
        }
        return true
    }

    // MARK: differences

    /// `set_difference_update_internal`: discards, then rebuilds the table when more than a
    /// quarter of it is dummies.
    func setDifferenceUpdateInternal(_ s: PySet, _ other: Value) throws {
        if other.object === s {
            s.clear()
            return
        }
        if var os = anySet(other) {
            // A much larger other is replaced by the intersection (fewer probes, same result).
            if (os.used >> 3) > s.used { os = try setIntersection(s, other) }
            var position = 0
            while let entry = os.nextEntry(from: position) {
                position = entry.position + 1
                try s.discard(entry.key, hash: entry.hash, self)
            }
        } else {
            let it = try getIter(other)
            while let key = try next(it) { try s.discard(key, hash: try hash(key), self) }
        }
        if s.fill - s.used <= s.mask / 4 { return }
        s.resize(minUsed: s.used > 50000 ? s.used * 2 : s.used * 4)
    }

    /// `set_difference`: a new set of the receiver's elements missing from `other`.
    func setDifference(_ s: PySet, _ other: Value) throws -> PySet {
        let otherSize: Int
        var otherDict: PyDict? = nil
        if let os = anySet(other) {
            otherSize = os.used
        } else if case .object(let o) = other, let d = o as? PyDict, o.type === types.dict {
            otherSize = d.count
            otherDict = d
        } else {
            return try setCopyAndDifference(s, other)
        }
        if (s.used >> 2) > otherSize { return try setCopyAndDifference(s, other) }
        let result = try makeSetBaseType(s.type, nil)
        let otherSet = anySet(other)
        var position = 0
        while let entry = s.nextEntry(from: position) {
            position = entry.position + 1
            let present: Bool
            if let d = otherDict {
                present = try d.get(entry.key, hash: entry.hash) { try self.equal($0, $1) } != nil
            } else {
                present = try otherSet?.contains(entry.key, hash: entry.hash, self) ?? false
            }
            if !present { try result.add(entry.key, hash: entry.hash, self) }
        }
        return result
    }

    func setCopyAndDifference(_ s: PySet, _ other: Value) throws -> PySet {
        let result = try setCopy(s)
        try setDifferenceUpdateInternal(result, other)
        return result
    }

    /// `set_difference_multi`.
    func setDifferenceMulti(_ s: PySet, _ others: [Value]) throws -> PySet {
        guard let first = others.first else { return try setCopy(s) }
        let result = try setDifference(s, first)
        for other in others.dropFirst() { try setDifferenceUpdateInternal(result, other) }
        return result
    }

    /// `set_symmetric_difference_update`: each element of `other` (an exact dict's keys, a
    /// set, or a temporary set built from the iterable) is discarded or else added.
    func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws {
        if other.object === s {
            s.clear()
            return
        }
        if case .object(let o) = other, let d = o as? PyDict, o.type === types.dict {
            var position = 0
            while let entry = d.nextEntryWithHash(from: position) {
                position = entry.position + 1
                if !(try s.discard(entry.key, hash: entry.hash, self)) {
                    try s.add(entry.key, hash: entry.hash, self)
                }
            }
            return
        }
        let otherSet = try anySet(other) ?? makeSetBaseType(s.type, other)
        var position = 0
        while let entry = otherSet.nextEntry(from: position) {
            position = entry.position + 1
            if !(try s.discard(entry.key, hash: entry.hash, self)) {
                try s.add(entry.key, hash: entry.hash, self)
            }
        }
    }

    /// `set_symmetric_difference`: a copy of `other` updated with the receiver.
    func setSymmetricDifference(_ s: PySet, _ other: Value) throws -> PySet {
        let result = try makeSetBaseType(s.type, other)
        try setSymmetricDifferenceUpdate(result, .object(s))
        return result
    }

    // MARK: comparisons

    /// `set_issubset` (3.11: a non-set operand becomes a temporary set first).
    func setIsSubset(_ s: PySet, _ other: Value) throws -> Bool {
        guard let os = anySet(other) else {
            return try setIsSubset(s, .object(try makeSet(types.set, other)))
        }
        if s.used > os.used { return false }
        var position = 0
        while let entry = s.nextEntry(from: position) {
            position = entry.position + 1
            if !(try os.contains(entry.key, hash: entry.hash, self)) { return false }
        }
        return true
    }

    /// `set_issuperset`.
    func setIsSuperset(_ s: PySet, _ other: Value) throws -> Bool {
        guard let os = anySet(other) else {
            return try setIsSuperset(s, .object(try makeSet(types.set, other)))
        }
        return try setIsSubset(os, .object(s))
    }

    /// `set_richcompare`: subset order; NotImplemented unless both operands are sets.
    func setRichCompare(_ s: PySet, _ other: Value, _ op: CompareOp) throws -> Value {
        guard let os = anySet(other) else { return .object(notImplemented) }
        switch op {
        case .eq, .ne:
            var equal: Bool
            if s.used != os.used {
                equal = false
            } else if let h1 = s.cachedHash, let h2 = os.cachedHash, h1 != h2 {
                equal = false
            } else {
                equal = try setIsSubset(s, other)
            }
            if op == .ne { equal = !equal }
            return .bool(equal)
        case .le: return .bool(try setIsSubset(s, other))
        case .ge: return .bool(try setIsSuperset(s, other))
        case .lt:
            if s.used >= os.used { return .bool(false) }
            return .bool(try setIsSubset(s, other))
        case .gt:
            if s.used <= os.used { return .bool(false) }
            return .bool(try setIsSuperset(s, other))
        }
    }

    // MARK: membership

    /// Runs `body` with `key`; a TypeError for an unhashable *set* key is retried with an
    /// equal frozenset (so `{1} in {frozenset({1})}` works), as set_contains/remove/discard do.
    func withFrozenRetry<T>(_ key: Value, _ body: (Value) throws -> T) throws -> T {
        do {
            return try body(key)
        } catch let e as PyException where e.exception.type.isSubtype(of: types.typeError) {
            guard let ks = anySet(key), !ks.isFrozen else { throw e }
            return try body(.object(try makeSet(types.frozenset, key)))
        }
    }

    /// `set_contains`.
    func setContains(_ s: PySet, _ key: Value) throws -> Bool {
        try withFrozenRetry(key) { k in try s.contains(k, hash: try self.hash(k), self) }
    }

    /// `set_discard`: true when something was removed.
    @discardableResult
    func setDiscard(_ s: PySet, _ key: Value) throws -> Bool {
        try withFrozenRetry(key) { k in try s.discard(k, hash: try self.hash(k), self) }
    }

    // MARK: repr

    /// `set_repr`: `{1, 2}`, `set()`, `frozenset({1})`, `frozenset()`, `Sub({1})`.
    func setRepr(_ s: PySet) throws -> String {
        let name = s.type.name
        if s.used == 0 { return "\(name)()" }
        let inner = try s.elements.map { try repr($0) }.joined(separator: ", ")
        return s.type === types.set ? "{\(inner)}" : "\(name)({\(inner)})"
    }
}

extension PyDict {
    /// `_PyDict_Next` with the stored hash: the live entry at `position` or later.
    func nextEntryWithHash(from position: Int) -> (position: Int, key: Value, value: Value, hash: Int)? {
        var p = position
        while p < entries.count {
            let e = entries[p]
            if !e.key.isNull { return (p, e.key, e.value, e.hash) }
            p += 1
        }
        return nil
    }
}
