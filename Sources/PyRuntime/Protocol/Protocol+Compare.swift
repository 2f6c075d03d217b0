// Rich comparison with CPython's rules: reflected operation first when the right operand's
// type is a subclass of the left's, NotImplemented falls back, == and != default to identity.
import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Value {
    var isUnboxedNumber: Bool {
        switch self {
        case .int, .float, .bool: return true
        default: return false
        }
    }
}

public enum CompareOp: Int {
    case lt = 0, le, eq, ne, gt, ge

    var dunder: String { ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][rawValue] }
    var reflected: CompareOp { [.gt, .ge, .eq, .ne, .lt, .le][rawValue] }
    var symbol: String { ["<", "<=", "==", "!=", ">", ">="][rawValue] }

    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .lt: return a < b
        case .le: return a <= b
        case .eq: return a == b
        case .ne: return a != b
        case .gt: return a > b
        case .ge: return a >= b
        }
    }
}

extension Runtime {
    public func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value {
        // bool is an int subclass: compare it as 0/1 against other numbers.
        if case .bool(let x) = a, b.isUnboxedNumber { return try compare(.int(x ? 1 : 0), b, op) }
        if case .bool(let y) = b, a.isUnboxedNumber { return try compare(a, .int(y ? 1 : 0), op) }
        switch (a, b) {
        case let (.int(x), .int(y)): return .bool(op.holds(x, y))
        case let (.float(x), .float(y)): return .bool(op.holds(x, y))
        case let (.int(x), .float(y)): return .bool(compareIntFloat(x, y, op))
        case let (.float(x), .int(y)): return .bool(compareIntFloat(y, x, op.reflected))
        case let (.bool(x), .bool(y)): return .bool(op.holds(x ? 1 : 0, y ? 1 : 0))
        case let (.bool(x), .int(y)): return .bool(op.holds(x ? 1 : 0, y))
        case let (.int(x), .bool(y)): return .bool(op.holds(x, y ? 1 : 0))
        default: break
        }
        if case .object(let x) = a, case .object(let y) = b {
            if let s = x as? PyStrObject, let t = y as? PyStrObject, x.type === types.str, y.type === types.str {
                return .bool(compareStrings(s, t, op))
            }
            // Exact tuples and lists (sort keys, `==` of records) skip the dunder lookups.
            if x.type === y.type, x.type === types.tuple {
                return try compareSequences(unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items, op)
            }
            if x.type === y.type, x.type === types.list {
                return try compareSequences(unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items, op)
            }
            if !x.type.isHeapType, !y.type.isHeapType, let r = bytesCompare(a, b, op) { return .bool(r) }
        }
        if let big = try compareBigInts(a, b, op) { return .bool(big) }
        if let boxed = try compareBoxedFloats(a, b, op) { return boxed }
        // Py_EnterRecursiveCall(" in comparison"): container and dunder comparisons count
        // against the recursion limit, like Python frames, so deep nesting raises.
        depth += 1
        defer { depth -= 1 }
        if depth > recursionLimit || nativeStackExhausted() {
            throw error(types.recursionError, "maximum recursion depth exceeded in comparison")
        }
        // Bound methods are equal when they wrap the same function and the same receiver.
        if op == .eq || op == .ne, case .object(let x) = a, case .object(let y) = b,
           let m = x as? PyMethod, let n = y as? PyMethod {
            let same = m.function.isIdentical(to: n.function) && m.receiver.isIdentical(to: n.receiver)
            return .bool(op == .eq ? same : !same)
        }
        if case .object(let x) = a, case .object(let y) = b, let s = x as? PySet, y is PySet,
           !x.type.isHeapType, !y.type.isHeapType {
            return try setRichCompare(s, b, op)
        }
        let ta = typeOf(a), tb = typeOf(b)
        // (Unless the right operand's class overrides the reflected comparison: it goes first.)
        if case .object(let x) = a, case .object(let y) = b, !ta.isHeapType || (ta.lookup(intern(op.dunder)).map { $0.object is PyBuiltinFunction } ?? true),
           ta === tb || !overridesSlot(tb, intern(op.reflected.dunder)) {
            if let s = x as? PyTuple, let t = y as? PyTuple { return try compareSequences(s.items, t.items, op) }
            if let s = x as? PyList, let t = y as? PyList { return try compareSequences(s.items, t.items, op) }
            if let s = x as? PyDict, let t = y as? PyDict, op == .eq || op == .ne {
                let same = try dictsEqual(s, t)
                return .bool(op == .eq ? same : !same)
            }
        }
        // str subclasses that do not override the comparison compare as str.
        if case .object(let x) = a, case .object(let y) = b, let s = x as? PyStrObject, let t = y as? PyStrObject,
           !overridesSlot(ta, intern(op.dunder)), !overridesSlot(tb, intern(op.reflected.dunder)) {
            return .bool(compareStrings(s, t, op))
        }
        var checkedReflected = false
        if ta !== tb, tb.isSubtype(of: ta), let method = tb.lookup(intern(op.reflected.dunder)) {
            checkedReflected = true
            let r = try callMethodValue(method, b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let method = ta.lookup(intern(op.dunder)) {
            let r = try callMethodValue(method, a, [b])
            if !isNotImplemented(r) { return r }
        }
        if !checkedReflected, let method = tb.lookup(intern(op.reflected.dunder)) {
            let r = try callMethodValue(method, b, [a])
            if !isNotImplemented(r) { return r }
        }
        // int/float subclass instances without their own comparison compare as numbers.
        let ua = unboxedNumber(a), ub = unboxedNumber(b)
        if !ua.isIdentical(to: a) || !ub.isIdentical(to: b), numeric(ua) != nil, numeric(ub) != nil {
            return try compare(ua, ub, op)
        }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw error(types.typeError,
                        "'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// dict_equal: same size, and every key of `a` maps to an equal value in `b` (values
    /// compared identity first, in `a`'s insertion order).
    func dictsEqual(_ a: PyDict, _ b: PyDict) throws -> Bool {
        if a === b { return true }
        if a.count != b.count { return false }
        try enterRecursiveCall(" in comparison")
        defer { leaveRecursiveCall() }
        for (key, value) in a.items {
            guard let other = try dictGet(b, key) else { return false }
            if !(try equal(value, other)) { return false }
        }
        return true
    }

    /// Lexicographic comparison of tuples or lists (first differing item decides).
    func compareSequences(_ a: [Value], _ b: [Value], _ op: CompareOp) throws -> Value {
        // PyObject_RichCompare is one recursion level: nested lists recurse natively here.
        try enterRecursiveCall(" in comparison")
        defer { leaveRecursiveCall() }
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            if !(try equal(a[i], b[i])) { break }
            i += 1
        }
        if i >= n { return .bool(op.holds(a.count, b.count)) }
        switch op {
        case .eq: return .bool(false)
        case .ne: return .bool(true)
        default: return try compare(a[i], b[i], op)
        }
    }

    /// True when a heap type defines `name` in Python (not inherited from a builtin).
    func overridesSlot(_ t: PyType, _ name: PyStrObject) -> Bool {
        guard t.isHeapType, let m = t.lookup(name) else { return false }
        return !(m.object is PyBuiltinFunction)
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === notImplemented }
        return false
    }

    func compareStrings(_ s: PyStrObject, _ t: PyStrObject, _ op: CompareOp) -> Bool {
        if op == .eq { return s.isEqual(to: t) }
        if op == .ne { return !s.isEqual(to: t) }
        // Python orders str by code point; Swift's String < is by Unicode canonical order.
        // UTF-8 byte order is code point order, except with lone surrogates (not in UTF-8).
        if s.surrogateCodePoints != nil || t.surrogateCodePoints != nil {
            let a = s.codePoints, b = t.codePoints
            for (x, y) in zip(a, b) where x != y { return op.holds(x, y) }
            return op.holds(a.count, b.count)
        }
        // Byte order of UTF-8 is code point order: one memcmp of the common prefix.
        return s.withUTF8 { a in
            t.withUTF8 { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? op.holds(order, 0) : op.holds(a.count, b.count)
            }
        }
    }

    func compareIntFloat(_ i: Int, _ d: Double, _ op: CompareOp) -> Bool {
        if d.isNaN { return op == .ne }
        if d.isInfinite { return op.holds(0.0, d > 0 ? 1.0 : -1.0) }
        // Exact: compare the integer with floor(d), then the fraction.
        let fl = d.rounded(.down)
        if fl >= 9.3e18 { return op.holds(0, 1) }
        if fl < -9.3e18 { return op.holds(1, 0) }
        let f = Int(fl)
        if i != f { return op.holds(i, f) }
        return op.holds(0.0, d - fl)
    }

    /// Comparisons where either side is a big int (and the other an int, bool or float).
    func compareBigInts(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Bool? {
        func big(_ v: Value) -> BigInt? {
            switch v {
            case .int(let i): return BigInt(i)
            case .bool(let b): return BigInt(b ? 1 : 0)
            case .object(let o): return (o as? PyBigIntObject)?.value
            default: return nil
            }
        }
        let aBig = (a.object as? PyBigIntObject) != nil, bBig = (b.object as? PyBigIntObject) != nil
        guard aBig || bBig else { return nil }
        // An int subclass that overrides this comparison gets the dunder protocol.
        for v in [a, b] {
            if case .object(let o) = v, o.type.isHeapType,
               let method = o.type.lookup(intern(op.dunder)) ?? o.type.lookup(intern(op.reflected.dunder)),
               !(method.object is PyBuiltinFunction) { return nil }
        }
        if let x = big(a), let y = big(b) { return op.holds(x, y) }
        if case .float(let d) = b, let x = big(a) { return compareBigFloat(x, d, op) }
        if case .float(let d) = a, let y = big(b) { return compareBigFloat(y, d, op.reflected) }
        return nil
    }

    /// Comparisons where a float subclass instance (PyBoxedFloat) meets a number, unless
    /// the subclass overrides the comparison.
    func compareBoxedFloats(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value? {
        func unbox(_ v: Value) -> Value? {
            if case .object(let o) = v, let f = o as? PyBoxedFloat { return .float(f.value) }
            return nil
        }
        let ua = unbox(a), ub = unbox(b)
        guard ua != nil || ub != nil else { return nil }
        for v in [a, b] {
            if case .object(let o) = v, o.type.isHeapType,
               let method = o.type.lookup(intern(op.dunder)) ?? o.type.lookup(intern(op.reflected.dunder)),
               !(method.object is PyBuiltinFunction) { return nil }
        }
        let x = ua ?? a, y = ub ?? b
        guard numeric(x) != nil, numeric(y) != nil else { return nil }
        return try compare(x, y, op)
    }

    func compareBigFloat(_ x: BigInt, _ d: Double, _ op: CompareOp) -> Bool {
        if d.isNaN { return op == .ne }
        if d.isInfinite { return op.holds(0.0, d > 0 ? 1.0 : -1.0) }
        let fl = BigInt(d.rounded(.down))
        if x != fl { return op.holds(x, fl) }
        return op.holds(0.0, d - d.rounded(.down))
    }
}
