// CPython 3.11 setobject.c's table replayed for the iteration order of a set built one element
// at a time (as marshal builds them), and the Python equality that decides duplicates.

struct PySetTable {
    private struct Entry {
        var hash: Int
        var element: PyConstant
    }

    private static let minSize = 8
    private static let linearProbes = 9
    private static let perturbShift = 5

    private var table: [Entry?] = Array(repeating: nil, count: PySetTable.minSize)
    private var mask = PySetTable.minSize - 1
    /// Slots ever filled; equals `used` since nothing is ever removed (no dummies).
    private var fill = 0
    private(set) var used = 0

    /// `set_add_entry`: an element equal to one already present is dropped.
    mutating func add(_ element: PyConstant, hash: Int) {
        let start = UInt(bitPattern: hash)
        var perturb = start
        var i = Int(start & UInt(mask))
        while true {
            let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + probes) {
                guard let entry = table[j] else {
                    table[j] = Entry(hash: hash, element: element)
                    fill += 1
                    used += 1
                    if fill * 5 >= mask * 3 {
                        resize(minUsed: used > 50000 ? used * 2 : used * 4)
                    }
                    return
                }
                if entry.hash == hash && PyEquality.equal(entry.element, element) { return }
            }
            perturb >>= UInt(Self.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// `set_table_resize`: the smallest power of two above `minUsed`, refilled in old slot order.
    private mutating func resize(minUsed: Int) {
        var newSize = Self.minSize
        while newSize <= minUsed { newSize <<= 1 }
        let old = table
        table = Array(repeating: nil, count: newSize)
        mask = newSize - 1
        fill = used
        for case let entry? in old { insertClean(entry) }
    }

    /// `set_insert_clean`: the first empty slot of the probe sequence; no comparisons.
    private mutating func insertClean(_ entry: Entry) {
        var perturb = UInt(bitPattern: entry.hash)
        var i = Int(perturb & UInt(mask))
        while true {
            if table[i] == nil { table[i] = entry; return }
            if i + Self.linearProbes <= mask {
                for j in (i + 1)...(i + Self.linearProbes) where table[j] == nil {
                    table[j] = entry
                    return
                }
            }
            perturb >>= UInt(Self.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// The elements in iteration (and so repr) order.
    var elements: [PyConstant] { table.compactMap { $0?.element } }

    var frozensetHash: Int { PyHash.frozensetHash(entryHashes: table.compactMap { $0?.hash }) }
}

/// Python's `==` between hashable constants, as set and dict lookups apply it after the
/// hashes matched.
enum PyEquality {
    static func equal(_ a: PyConstant, _ b: PyConstant) -> Bool {
        if let x = PyNumber(a), let y = PyNumber(b) { return x == y }
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis), (.stopIteration, .stopIteration), (.null, .null):
            return true
        case let (.str(x), .str(y)):
            return x == y
        case let (.bytes(x), .bytes(y)):
            return x == y
        case let (.tuple(x), .tuple(y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case let (.frozenset(x), .frozenset(y)), let (.frozenset(x), .set(y)),
             let (.set(x), .frozenset(y)), let (.set(x), .set(y)):
            return setEqual(x, y)
        case let (.code(x), .code(y)):
            return x == y
        default:
            return false
        }
    }

    /// Same size after removing duplicates and every element of one found in the other.
    private static func setEqual(_ x: [PyConstant], _ y: [PyConstant]) -> Bool {
        func unique(_ items: [PyConstant]) -> [(Int, PyConstant)]? {
            var table = PySetTable()
            for item in items {
                guard let h = PyHash.hash(item) else { return nil }
                table.add(item, hash: h)
            }
            return table.elements.map { (PyHash.hash($0)!, $0) }
        }
        guard let ux = unique(x), let uy = unique(y), ux.count == uy.count else { return false }
        return ux.allSatisfy { hx, ex in uy.contains { hy, ey in hx == hy && equal(ex, ey) } }
    }
}

/// A numeric constant for cross-type comparison: bool, int and float compare by exact
/// value (float_richcompare), complex by both parts.
private enum PyNumber: Equatable {
    case integer(PyBigInt)
    case float(Double)
    case complex(Double, Double)

    init?(_ value: PyConstant) {
        switch value {
        case .bool(let b): self = .integer(PyBigInt(b ? 1 : 0))
        case .int(let i): self = .integer(PyBigInt(i))
        case .bigInt(let big): self = .integer(PyBigInt(isNegative: big.isNegative, digits: big.digits))
        case .float(let d): self = .float(d)
        case .complex(let re, let im): self = .complex(re, im)
        default: return nil
        }
    }

    static func == (lhs: PyNumber, rhs: PyNumber) -> Bool {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)): return a == b
        case let (.float(a), .float(b)): return a == b
        case let (.integer(a), .float(b)), let (.float(b), .integer(a)): return exactlyEqual(b, a)
        case let (.complex(ar, ai), .complex(br, bi)): return ar == br && ai == bi
        case let (.complex(re, im), .float(d)), let (.float(d), .complex(re, im)): return im == 0 && re == d
        case let (.complex(re, im), .integer(n)), let (.integer(n), .complex(re, im)):
            return im == 0 && exactlyEqual(re, n)
        }
    }

    /// A double equals an integer only when it is integral and the same value.
    private static func exactlyEqual(_ d: Double, _ n: PyBigInt) -> Bool {
        guard d.isFinite else { return false }
        if d == 0 { return n.digits.isEmpty }
        // |d| = significand * 2**shift with a 53-bit integer significand; integral when the
        // bits a negative shift would drop are all zero. (No `rounded()`: it needs libm.)
        let magnitude = d.magnitude
        if magnitude < 1 { return false }
        let shift = Int(magnitude.exponent) - Double.significandBitCount
        var significand = UInt64(magnitude.significandBitPattern) | (1 << UInt64(Double.significandBitCount))
        if shift < 0 && significand & ((1 << UInt64(-shift)) - 1) != 0 { return false }
        var digits: [UInt16] = []
        if shift < 0 {
            significand >>= UInt64(-shift)  // exact: the low bits are zero for an integral value
            while significand != 0 { digits.append(UInt16(significand & 0x7FFF)); significand >>= 15 }
        } else {
            var bitIndex = shift
            digits = Array(repeating: 0, count: (shift + 53) / 15 + 1)
            while significand != 0 {
                if significand & 1 == 1 { digits[bitIndex / 15] |= UInt16(1) << UInt16(bitIndex % 15) }
                significand >>= 1
                bitIndex += 1
            }
        }
        return PyBigInt(isNegative: d < 0, digits: digits) == n
    }
}
