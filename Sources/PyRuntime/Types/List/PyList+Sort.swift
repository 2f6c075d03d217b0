// list.sort: a port of CPython 3.11's timsort (Objects/listobject.c, listsort.txt), so
// that the number and order of `<` calls, and the list's contents after a comparison
// raises, are CPython's: count_run, binary insertion sort up to minrun, the run stack
// invariants of merge_collapse, and merge_lo/merge_hi with galloping.

extension Runtime {
    /// list.sort (listsort): keys first, reverse by reversing before and after a stable
    /// sort, CPython's timsort (Types/List/PyList+Sort.swift), and the list looks empty
    /// while it is sorted so that changes made meanwhile are detected.
    func sortList(_ list: PyList, key: Value, reverse: Bool) throws {
        let items = list.items
        list.items = []
        let count = items.count
        // Keys live in one buffer and the sort moves indices into it: moving an index costs
        // no reference counting (CPython moves borrowed pointers for the same reason).
        let keys = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        var keyCount = 0
        defer {
            keys.deinitialize(count: keyCount)
            keys.deallocate()
        }
        do {
            for item in items {
                (keys + keyCount).initialize(to: key.isNone ? item : try call(key, [item]))
                keyCount += 1
            }
        } catch {
            list.items = items
            throw error
        }
        var order = Array(0..<count)
        if reverse { order.reverse() }
        var sorter = TimSort(order, lessThan: lessThanForKeys(keys, count))
        var sortError: Error? = nil
        do { try sorter.sort() } catch { sortError = error }
        if reverse { sorter.a.reverse() }
        let modified = !list.items.isEmpty
        list.items = items.withUnsafeBufferPointer { values in sorter.a.map { values[$0] } }
        if let sortError { throw sortError }
        if modified { throw self.error(types.valueError, "list modified during sort") }
    }

    /// The `<` of two keys by index. Like CPython's pre-sort check (unsafe_*_compare), a
    /// list whose keys all share one type gets a direct comparison of that type; the rest
    /// go through the full rich comparison.
    private func lessThanForKeys(_ keys: UnsafeMutablePointer<Value>, _ count: Int) -> (Int, Int) throws -> Bool {
        enum Kind { case int, float, str, tuple, mixed }
        var kind = Kind.mixed
        if count > 0 {
            let strType = types.str, tupleType = types.tuple
            func kindOf(_ v: UnsafeMutablePointer<Value>) -> Kind {
                switch v.pointee {
                case .int: return .int
                case .float: return .float
                case .object(let o) where o.type === strType:
                    return unsafeDowncast(o, to: PyStrObject.self).surrogateCodePoints == nil ? .str : .mixed
                case .object(let o) where o.type === tupleType: return .tuple
                default: return .mixed
                }
            }
            kind = kindOf(keys)
            var i = 1
            while kind != .mixed && i < count {
                if kindOf(keys + i) != kind { kind = .mixed }
                i += 1
            }
        }
        // Raw reads of the payload word: the keys buffer keeps every object alive.
        @inline(__always) func payload(_ i: Int) -> UInt { UnsafeRawPointer(keys + i).load(as: UInt.self) }
        switch kind {
        case .int:
            return { a, b in Int(bitPattern: payload(a)) < Int(bitPattern: payload(b)) }
        case .float:
            return { a, b in Double(bitPattern: UInt64(payload(a))) < Double(bitPattern: UInt64(payload(b))) }
        case .str:
            // Each key's first eight UTF-8 bytes as a big-endian number: most comparisons
            // end there, without touching the strings (UTF-8 byte order is code point order).
            var prefixes = [UInt64](repeating: 0, count: count)
            var lengths = [Int](repeating: 0, count: count)
            for i in 0..<count {
                Unmanaged<PyStrObject>.fromOpaque(UnsafeRawPointer(bitPattern: payload(i))!)._withUnsafeGuaranteedRef { s in
                    s.withUTF8 { bytes in
                        var prefix: UInt64 = 0
                        for k in 0..<8 { prefix = prefix << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                        prefixes[i] = prefix
                        lengths[i] = bytes.count
                    }
                }
            }
            return { [unowned(unsafe) self] a, b in
                let pa = prefixes[a], pb = prefixes[b]
                if pa != pb { return pa < pb }
                let la = lengths[a], lb = lengths[b]
                if la <= 8 || lb <= 8 { return la < lb }
                return self.compareStrings(Unmanaged<PyStrObject>.fromOpaque(UnsafeRawPointer(bitPattern: payload(a))!).takeUnretainedValue(),
                                           Unmanaged<PyStrObject>.fromOpaque(UnsafeRawPointer(bitPattern: payload(b))!).takeUnretainedValue(),
                                           .lt)
            }
        case .tuple:
            // CPython's unsafe_tuple_compare: the first unequal items decide.
            return { [unowned(unsafe) self] a, b in
                try Unmanaged<PyTuple>.fromOpaque(UnsafeRawPointer(bitPattern: payload(a))!)._withUnsafeGuaranteedRef { s in
                    try Unmanaged<PyTuple>.fromOpaque(UnsafeRawPointer(bitPattern: payload(b))!)._withUnsafeGuaranteedRef { t in
                        let x = s.items, y = t.items
                        let n = Swift.min(x.count, y.count)
                        var i = 0
                        while i < n {
                            if !(try self.equal(x[i], y[i])) { return try self.lessThan(x[i], y[i]) }
                            i += 1
                        }
                        return x.count < y.count
                    }
                }
            }
        case .mixed:
            return { [unowned(unsafe) self] a, b in try self.lessThan(keys[a], keys[b]) }
        }
    }
}

extension Runtime {
    /// `x < y` as a bool, with the common same-type cases first.
    @inline(__always)
    func lessThan(_ x: Value, _ y: Value) throws -> Bool {
        switch (x, y) {
        case let (.int(i), .int(j)): return i < j
        case let (.float(f), .float(g)): return f < g
        case let (.object(p), .object(q)) where p.type === types.str && q.type === types.str:
            return compareStrings(unsafeDowncast(p, to: PyStrObject.self), unsafeDowncast(q, to: PyStrObject.self), .lt)
        default: return try isTrue(try compare(x, y, .lt))
        }
    }
}

/// One element being sorted: its index in the keys (and values) being sorted.
typealias SortEntry = Int

struct TimSort {
    static let minGallop = 7
    var a: [SortEntry]
    let lessThan: (Int, Int) throws -> Bool
    var minGallop = TimSort.minGallop
    /// Pending runs: (base, length).
    var runs: [(base: Int, length: Int)] = []
    var temp: [SortEntry] = []

    init(_ entries: [SortEntry], lessThan: @escaping (Int, Int) throws -> Bool) {
        self.a = entries
        self.lessThan = lessThan
    }

    @inline(__always) func lt(_ x: SortEntry, _ y: SortEntry) throws -> Bool { try lessThan(x, y) }

    /// listsort's main loop. On a comparison error `a` stays a permutation of the input.
    mutating func sort() throws {
        var remaining = a.count
        if remaining < 2 { return }
        var lo = 0
        let minrun = TimSort.computeMinrun(remaining)
        repeat {
            var (n, descending) = try countRun(lo, lo + remaining)
            if descending { a[lo..<(lo + n)].reverse() }
            if n < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, lo + force, lo + n)
                n = force
            }
            runs.append((lo, n))
            try mergeCollapse()
            lo += n
            remaining -= n
        } while remaining > 0
        try mergeForceCollapse()
    }

    static func computeMinrun(_ count: Int) -> Int {
        var n = count, r = 0
        while n >= 64 { r |= n & 1; n >>= 1 }
        return n + r
    }

    /// The length of the run starting at `lo`, and whether it is strictly descending.
    func countRun(_ lo: Int, _ hi: Int) throws -> (Int, Bool) {
        var i = lo + 1
        if i == hi { return (1, false) }
        var n = 2
        if try lt(a[i], a[i - 1]) {
            i += 1
            while i < hi {
                if !(try lt(a[i], a[i - 1])) { break }
                i += 1; n += 1
            }
            return (n, true)
        }
        i += 1
        while i < hi {
            if try lt(a[i], a[i - 1]) { break }
            i += 1; n += 1
        }
        return (n, false)
    }

    /// Binary insertion sort of a[lo..<hi], whose prefix a[lo..<start] is sorted.
    mutating func binarySort(_ lo: Int, _ hi: Int, _ startIn: Int) throws {
        var start = startIn
        if lo == start { start += 1 }
        while start < hi {
            var l = lo, r = start
            let pivot = a[r]
            repeat {
                let p = l + ((r - l) >> 1)
                if try lt(pivot, a[p]) { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l { a[p] = a[p - 1]; p -= 1 }
            a[l] = pivot
            start += 1
        }
    }

    mutating func mergeCollapse() throws {
        while runs.count > 1 {
            var n = runs.count - 2
            if (n > 0 && runs[n - 1].length <= runs[n].length + runs[n + 1].length)
                || (n > 1 && runs[n - 2].length <= runs[n - 1].length + runs[n].length) {
                if runs[n - 1].length < runs[n + 1].length { n -= 1 }
                try mergeAt(n)
            } else if runs[n].length <= runs[n + 1].length {
                try mergeAt(n)
            } else {
                break
            }
        }
    }

    mutating func mergeForceCollapse() throws {
        while runs.count > 1 {
            var n = runs.count - 2
            if n > 0 && runs[n - 1].length < runs[n + 1].length { n -= 1 }
            try mergeAt(n)
        }
    }

    /// Merges the runs at stack positions i and i + 1.
    mutating func mergeAt(_ i: Int) throws {
        var baseA = runs[i].base, na = runs[i].length
        let baseB = runs[i + 1].base
        var nb = runs[i + 1].length
        runs[i].length = na + nb
        if i == runs.count - 3 { runs[i + 1] = runs[i + 2] }
        runs.removeLast()
        // Where does b[0] go in a? Elements of a before that are already in place.
        let k = try gallopRight(a[baseB], baseA, na, 0)
        baseA += k
        na -= k
        if na == 0 { return }
        // Where does a[-1] go in b? Elements of b after that are already in place.
        nb = try gallopLeft(a[baseA + na - 1], baseB, nb, nb - 1)
        if nb == 0 { return }
        if na <= nb { try mergeLo(baseA, na, baseB, nb) } else { try mergeHi(baseA, na, baseB, nb) }
    }

    /// The leftmost position in a[base..<base+n] where `key` belongs (a[pos-1] < key <= a[pos]).
    func gallopLeft(_ key: SortEntry, _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(a[base + hint], key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(a[base + hint + ofs], key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(a[base + hint - ofs], key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(a[base + m], key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// The rightmost position in a[base..<base+n] where `key` belongs (a[pos-1] <= key < a[pos]).
    func gallopRight(_ key: SortEntry, _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(key, a[base + hint]) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(key, a[base + hint - ofs]) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(key, a[base + hint + ofs]) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(key, a[base + m]) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    /// Merges a[pa..<pa+na] and the following a[pb..<pb+nb] with na <= nb, through a
    /// temporary copy of the first run.
    mutating func mergeLo(_ paIn: Int, _ naIn: Int, _ pbIn: Int, _ nbIn: Int) throws {
        var na = naIn, nb = nbIn
        temp = Array(a[paIn..<(paIn + na)])
        var dest = paIn, ta = 0, pb = pbIn
        var minGallop = self.minGallop
        // On an error the unmerged rest of the first run goes back (CPython's Fail label).
        func copyBack(_ s: inout TimSort, _ dest: Int, _ ta: Int, _ na: Int) {
            for j in 0..<na { s.a[dest + j] = s.temp[ta + j] }
        }
        a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
        if nb == 0 { copyBack(&self, dest, ta, na); return }
        if na == 1 {
            for j in 0..<nb { a[dest + j] = a[pb + j] }
            a[dest + nb] = temp[ta]
            return
        }
        do {
            outer: while true {
                var acount = 0, bcount = 0
                while true {
                    if try lt(a[pb], temp[ta]) {
                        a[dest] = a[pb]; dest += 1; pb += 1
                        bcount += 1; acount = 0; nb -= 1
                        if nb == 0 { break outer }
                        if bcount >= minGallop { break }
                    } else {
                        a[dest] = temp[ta]; dest += 1; ta += 1
                        acount += 1; bcount = 0; na -= 1
                        if na == 1 { break outer }
                        if acount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    if minGallop > 1 { minGallop -= 1 }
                    self.minGallop = minGallop
                    var k = try gallopRightTemp(a[pb], ta, na, 0)
                    acount = k
                    if k > 0 {
                        for j in 0..<k { a[dest + j] = temp[ta + j] }
                        dest += k; ta += k; na -= k
                        if na == 1 || na == 0 { break outer }
                    }
                    a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
                    if nb == 0 { break outer }
                    k = try gallopLeft(temp[ta], pb, nb, 0)
                    bcount = k
                    if k > 0 {
                        for j in 0..<k { a[dest + j] = a[pb + j] }
                        dest += k; pb += k; nb -= k
                        if nb == 0 { break outer }
                    }
                    a[dest] = temp[ta]; dest += 1; ta += 1; na -= 1
                    if na == 1 { break outer }
                } while acount >= TimSort.minGallop || bcount >= TimSort.minGallop
                minGallop += 1
                self.minGallop = minGallop
            }
        } catch {
            copyBack(&self, dest, ta, na)
            throw error
        }
        if na == 1 && nb > 0 {
            // CopyB: the rest of b moves down, a's last element goes at the end.
            for j in 0..<nb { a[dest + j] = a[pb + j] }
            a[dest + nb] = temp[ta]
        } else {
            copyBack(&self, dest, ta, na)
        }
    }

    /// gallop_right over the temporary copy (merge_lo's first run).
    func gallopRightTemp(_ key: SortEntry, _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var copy = self
        copy.a = temp
        return try copy.gallopRight(key, base, n, hint)
    }

    /// gallop_left over the temporary copy (merge_hi's second run).
    func gallopLeftTemp(_ key: SortEntry, _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var copy = self
        copy.a = temp
        return try copy.gallopLeft(key, base, n, hint)
    }

    /// Merges a[pa..<pa+na] and the following a[pb..<pb+nb] with na > nb, from the right,
    /// through a temporary copy of the second run.
    mutating func mergeHi(_ pa: Int, _ naIn: Int, _ pbIn: Int, _ nbIn: Int) throws {
        var na = naIn, nb = nbIn
        temp = Array(a[pbIn..<(pbIn + nb)])
        var dest = pbIn + nb - 1
        var ia = pa + na - 1          // last element of run a, in place
        var tb = nb - 1               // last element of run b, in temp
        var minGallop = self.minGallop
        func copyBack(_ s: inout TimSort, _ dest: Int, _ nb: Int) {
            // Fail: the unmerged start of b goes to a[dest-(nb-1)...dest].
            for j in 0..<nb { s.a[dest - (nb - 1) + j] = s.temp[j] }
        }
        a[dest] = a[ia]; dest -= 1; ia -= 1; na -= 1
        var copyA = false
        if na == 0 { copyBack(&self, dest, nb); return }
        if nb == 1 { copyA = true }
        if !copyA {
            do {
                outer: while true {
                    var acount = 0, bcount = 0
                    while true {
                        if try lt(temp[tb], a[ia]) {
                            a[dest] = a[ia]; dest -= 1; ia -= 1
                            acount += 1; bcount = 0; na -= 1
                            if na == 0 { break outer }
                            if acount >= minGallop { break }
                        } else {
                            a[dest] = temp[tb]; dest -= 1; tb -= 1
                            bcount += 1; acount = 0; nb -= 1
                            if nb == 1 { copyA = true; break outer }
                            if bcount >= minGallop { break }
                        }
                    }
                    minGallop += 1
                    repeat {
                        if minGallop > 1 { minGallop -= 1 }
                        self.minGallop = minGallop
                        var k = try gallopRight(temp[tb], pa, na, na - 1)
                        k = na - k
                        acount = k
                        if k > 0 {
                            dest -= k; ia -= k
                            // memmove(dest+1, ia+1, k), from the top so nothing is overwritten.
                            var j = k
                            while j >= 1 { a[dest + j] = a[ia + j]; j -= 1 }
                            na -= k
                            if na == 0 { break outer }
                        }
                        a[dest] = temp[tb]; dest -= 1; tb -= 1; nb -= 1
                        if nb == 1 { copyA = true; break outer }
                        k = try gallopLeftTemp(a[ia], 0, nb, nb - 1)
                        k = nb - k
                        bcount = k
                        if k > 0 {
                            dest -= k; tb -= k
                            for j in 1...k { a[dest + j] = temp[tb + j] }
                            nb -= k
                            if nb == 1 { copyA = true; break outer }
                            if nb == 0 { break outer }
                        }
                        a[dest] = a[ia]; dest -= 1; ia -= 1; na -= 1
                        if na == 0 { break outer }
                    } while acount >= TimSort.minGallop || bcount >= TimSort.minGallop
                    minGallop += 1
                    self.minGallop = minGallop
                }
            } catch {
                copyBack(&self, dest, nb)
                throw error
            }
        }
        if copyA {
            // CopyA: the rest of a moves up, b's first element goes in front.
            dest -= na; ia -= na
            var j = na
            while j >= 1 { a[dest + j] = a[ia + j]; j -= 1 }
            a[dest] = temp[tb]
        } else if nb > 0 {
            copyBack(&self, dest, nb)
        }
    }
}
