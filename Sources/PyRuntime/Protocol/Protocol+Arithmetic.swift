// Binary and unary arithmetic: int/float fast paths with overflow to big ints, then the
// dunder protocol with reflected operands (subclass first) and in-place variants.
import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// BINARY_OP's argument (NB_* in CPython); in-place variants are these plus 13.
public enum BinaryOperator: Int {
    case add = 0, and, floorDivide, lshift, matrixMultiply, multiply, remainder, or, power, rshift
    case subtract, trueDivide, xor

    static let names = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
                        "rshift", "sub", "truediv", "xor"]
    static let symbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
    var dunder: String { "__\(BinaryOperator.names[rawValue])__" }
    var reflected: String { "__r\(BinaryOperator.names[rawValue])__" }
    var inplace: String { "__i\(BinaryOperator.names[rawValue])__" }
    var symbol: String { BinaryOperator.symbols[rawValue] }
}

extension Runtime {
    /// Executes BINARY_OP `oparg`.
    public func binaryOp(_ oparg: Int, _ a: Value, _ b: Value) throws -> Value {
        let inplace = oparg >= 13
        guard let op = BinaryOperator(rawValue: inplace ? oparg - 13 : oparg) else {
            throw error(types.systemError, "bad BINARY_OP argument \(oparg)")
        }
        if let fast = try numericBinary(op, a, b) { return fast }
        // list += iterable and list *= n change the list itself.
        if inplace, case .object(let x) = a, let l = x as? PyList, !x.type.isHeapType {
            if op == .add { l.items += try toArray(b); return a }
            if op == .multiply, case .int(let n) = b {
                try checkRepeatSize(l.items.count, n)
                let items = l.items
                l.items = n <= 0 ? [] : Array([[Value]](repeating: items, count: n).joined())
                return a
            }
        }
        if let seq = try sequenceBinary(op, a, b) { return seq }
        if let c = try complexBinary(op, a, b) { return c }
        if let bytes = try bytesBinary(op, a, b, inplace: inplace) { return bytes }
        if let set = try setBinary(op, inplace: inplace, a, b) { return set }
        if inplace, let method = typeOf(a).lookup(intern(op.inplace)) {
            let r = try callMethodValue(method, a, [b])
            if !isNotImplemented(r) { return r }
        }
        let ta = typeOf(a), tb = typeOf(b)
        var triedReflected = false
        // The right operand's reflected method goes first when its type is a subclass that
        // overrides it (method_is_overloaded); a builtin left type always defers to it.
        if ta !== tb, tb.isSubtype(of: ta), let method = tb.lookup(intern(op.reflected)),
           !ta.isHeapType || !(ta.lookup(intern(op.reflected))?.isIdentical(to: method) ?? false) {
            triedReflected = true
            let r = try callMethodValue(method, b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let method = ta.lookup(intern(op.dunder)) {
            let r = try callMethodValue(method, a, [b])
            if !isNotImplemented(r) { return r }
        } else if !ta.isHeapType, let r = try subclassNumericBinary(op, a, b) {
            // A builtin number on the left: its own slot (float + int subclass) comes first.
            return r
        }
        if !triedReflected, ta !== tb, let method = tb.lookup(intern(op.reflected)) {
            let r = try callMethodValue(method, b, [a])
            if !isNotImplemented(r) { return r }
        }
        // Int and float subclass instances without an override of this operator: the
        // inherited int/float operation, with a plain result.
        if let r = try subclassNumericBinary(op, a, b) { return r }
        // Sequence concatenation and repetition report their own errors, after the
        // reflected methods had their chance (as sq_concat/sq_repeat do in CPython).
        if case .object(let x) = a, let s = x as? PyStrObject {
            if op == .add { return try strConcat(s, b) }
            if op == .multiply, hasIndex(b) { return try strRepeat(s, b) }
        }
        if op == .multiply, case .object(let y) = b, y.type.isHeapType, let s = y as? PyStrObject, hasIndex(a) {
            return try strRepeat(s, a)
        }
        if case .object(let x) = a, x is PyStrObject || x is PyList || x is PyTuple {
            let kind = x is PyStrObject ? "str" : x is PyList ? "list" : "tuple"
            if op == .add {
                throw error(types.typeError, "can only concatenate \(kind) (not \"\(tb.name)\") to \(kind)")
            }
            if op == .multiply { throw error(types.typeError, "can't multiply sequence by non-int of type '\(tb.name)'") }
        }
        if op == .multiply, case .object(let y) = b, y is PyStrObject || y is PyList || y is PyTuple {
            throw error(types.typeError, "can't multiply sequence by non-int of type '\(ta.name)'")
        }
        let symbol = op.symbol + (inplace ? "=" : "")
        if op == .power {
            throw error(types.typeError, "unsupported operand type(s) for \(symbol) or pow(): '\(ta.name)' and '\(tb.name)'")
        }
        throw error(types.typeError, "unsupported operand type(s) for \(symbol): '\(ta.name)' and '\(tb.name)'")
    }

    // MARK: numbers

    enum Numeric {
        case int(Int)
        case big(BigInt)
        case float(Double)
    }

    func numeric(_ v: Value) -> Numeric? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o):
            if let big = o as? PyBigIntObject { return .big(big.value) }
            if let f = o as? PyBoxedFloat { return .float(f.value) }
            return nil
        default: return nil
        }
    }

    /// numericBinary for operands that are int/float subclass instances (boxed values):
    /// reached only after the dunder protocol found no override.
    func subclassNumericBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        func isBoxed(_ v: Value) -> Bool {
            if case .object(let o) = v { return o.type.isHeapType && (o is PyBigIntObject || o is PyBoxedFloat) }
            return false
        }
        guard isBoxed(a) || isBoxed(b), let x = numeric(a), let y = numeric(b) else { return nil }
        func plain(_ n: Numeric) -> Value {
            switch n {
            case .int(let i): return .int(i)
            case .big(let v): return makeInt(v)
            case .float(let d): return .float(d)
            }
        }
        return try numericBinary(op, plain(x), plain(y))
    }

    /// The plain int/float value of an int or float subclass instance; other values as is.
    func unboxedNumber(_ v: Value) -> Value {
        guard case .object(let o) = v, o.type.isHeapType else { return v }
        if let big = o as? PyBigIntObject { return makeInt(big.value) }
        if let f = o as? PyBoxedFloat { return .float(f.value) }
        return v
    }

    func numericBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if case .int(let x) = a, case .int(let y) = b { return try intBinary(op, x, y) }
        guard let x = numeric(a), let y = numeric(b) else { return nil }
        // Subclasses of int/float with their own dunders go through the protocol.
        if case .object(let o) = a, o.type.isHeapType { return nil }
        if case .object(let o) = b, o.type.isHeapType { return nil }
        switch (x, y) {
        case let (.float(p), .float(q)): return try floatBinary(op, p, q)
        case let (.float(p), .int(q)): return try floatBinary(op, p, Double(q))
        case let (.int(p), .float(q)): return try floatBinary(op, Double(p), q)
        case let (.float(p), .big(q)): return try floatBinary(op, p, try bigToDouble(q))
        case let (.big(p), .float(q)): return try floatBinary(op, try bigToDouble(p), q)
        case let (.int(p), .int(q)): return try intBinary(op, p, q)
        case let (.int(p), .big(q)):
            if let b = q.exactInt128, let r = int128Binary(op, Int128(p), b) { return r }
            return try bigBinary(op, BigInt(word: p), q)
        case let (.big(p), .int(q)):
            if let a = p.exactInt128, let r = int128Binary(op, a, Int128(q)) { return r }
            return try bigBinary(op, p, BigInt(word: q))
        case let (.big(p), .big(q)): return try bigBinary(op, p, q)
        }
    }

    func bigToDouble(_ v: BigInt) throws -> Double {
        let d = Double(v)
        if d.isInfinite { throw error(types.overflowError, "int too large to convert to float") }
        return d
    }

    @inline(__always)
    func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? makeInt(Int128(x) + Int128(y)) : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? makeInt(Int128(x) - Int128(y)) : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? makeInt(Int128(x) * Int128(y)) : .int(r)
        case .floorDivide:
            if y == 0 { throw error(types.zeroDivisionError, "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return makeInt(-BigInt(word: x)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .remainder:
            if y == 0 { throw error(types.zeroDivisionError, "integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .trueDivide:
            if y == 0 { throw error(types.zeroDivisionError, "division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(try bigTrueDivide(BigInt(word: x), BigInt(word: y)))
        case .power:
            // Square-and-multiply in machine ints while nothing overflows.
            if y >= 0 {
                var result = 1, base = x, e = y, overflow = false
                while e > 0 && !overflow {
                    if e & 1 != 0 {
                        let (r, o) = result.multipliedReportingOverflow(by: base)
                        result = r; overflow = o
                    }
                    e >>= 1
                    if e > 0 && !overflow {
                        let (b, o) = base.multipliedReportingOverflow(by: base)
                        base = b; overflow = o
                    }
                }
                if !overflow { return .int(result) }
            }
            return try intPower(BigInt(word: x), BigInt(word: y))
        case .lshift:
            if y < 0 { throw error(types.valueError, "negative shift count") }
            if y < 63, x.magnitude < (UInt(1) << (63 - UInt(y))) { return .int(x << y) }
            try accountAllocation(bytes: y / 8 * 3)
            return makeInt(BigInt(word: x) << y)
        case .rshift:
            if y < 0 { throw error(types.valueError, "negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .matrixMultiply: return nil
        }
    }

    func bigBinary(_ op: BinaryOperator, _ x: BigInt, _ y: BigInt) throws -> Value? {
        if let a = x.exactInt128, let b = y.exactInt128, let r = int128Binary(op, a, b) { return r }
        switch op {
        case .add: return makeInt(x + y)
        case .subtract: return makeInt(x - y)
        case .multiply: return makeInt(x * y)
        case .floorDivide, .remainder:
            if y == 0 { throw error(types.zeroDivisionError, op == .remainder ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = x.quotientAndRemainder(dividingBy: y)
            if r != 0 && ((r.sign == .minus) != (y.sign == .minus)) { q -= 1; r += y }
            return makeInt(op == .floorDivide ? q : r)
        case .trueDivide:
            if y == 0 { throw error(types.zeroDivisionError, "division by zero") }
            return .float(try bigTrueDivide(x, y))
        case .power: return try intPower(x, y)
        case .lshift:
            if y.sign == .minus { throw error(types.valueError, "negative shift count") }
            guard let shift = Int(exactly: y), shift < 1 << 30 else { throw error(types.overflowError, "too many digits in integer") }
            try accountAllocation(bytes: shift / 8 * 3)
            return makeInt(x << shift)
        case .rshift:
            if y.sign == .minus { throw error(types.valueError, "negative shift count") }
            guard let shift = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return makeInt(x.sign == .minus ? -(((-x) - 1) >> shift) - 1 : x >> shift)
        case .and: return makeInt(BigInt.twosComplementBitwise(x, y, &))
        case .or: return makeInt(BigInt.twosComplementBitwise(x, y, |))
        case .xor: return makeInt(BigInt.twosComplementBitwise(x, y, ^))
        case .matrixMultiply: return nil
        }
    }

    /// Correctly rounded int / int (CPython long_true_divide for the common cases).
    func bigTrueDivide(_ x: BigInt, _ y: BigInt) throws -> Double {
        let dx = Double(x), dy = Double(y)
        if dx.isFinite && dy.isFinite && x.magnitude < (BigUInt(1) << 53) && y.magnitude < (BigUInt(1) << 53) {
            return dx / dy
        }
        // Scale so the quotient has 55+ significant bits, then round once.
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        let shift = 60 - (a.bitWidth - b.bitWidth)
        let scaledA = shift >= 0 ? a << shift : a >> (-shift)
        let (q, r) = scaledA.quotientAndRemainder(dividingBy: b)
        var result = Double(q | (r.isZero ? 0 : 1)) * pow(2.0, Double(-shift))
        if result.isInfinite { throw error(types.overflowError, "integer division result too large for a float") }
        if negative { result = -result }
        return result
    }

    func intPower(_ x: BigInt, _ y: BigInt) throws -> Value {
        if y.sign == .minus {
            if x == 0 { throw error(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(pow(try bigToDouble(x), try bigToDouble(y)))
        }
        guard let exponent = Int(exactly: y) else {
            if x == 0 || x == 1 { return makeInt(x) }
            if x == -1 { return .int(y.isMultiple(of: 2) ? 1 : -1) }
            throw error(types.overflowError, "exponent too large")
        }
        try accountAllocation(bytes: exponent.multipliedReportingOverflow(by: x.bitWidth).partialValue / 8 * 3)
        return makeInt(x.power(exponent))
    }

    func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .trueDivide:
            if y == 0 { throw error(types.zeroDivisionError, "float division by zero") }
            return .float(x / y)
        case .floorDivide, .remainder:
            if y == 0 {
                throw error(types.zeroDivisionError, op == .remainder ? "float modulo" : "float floor division by zero")
            }
            let (q, m) = floatDivmod(x, y)
            return .float(op == .floorDivide ? q : m)
        case .power:
            if x == 0 && y < 0 { throw error(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() && y.isFinite { return try floatPowerComplex(x, y) }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite {
                throw error(types.overflowError, "(34, 'Numerical result out of range')")
            }
            return .float(r)
        default: return nil
        }
    }

    /// float_divmod: Python's floor division and modulo for floats.
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    // MARK: sequences

    func sequenceBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let x) = a else {
            if op == .multiply, case .object(let y) = b, !y.type.isHeapType { return try repeatSequence(y, a) }
            return nil
        }
        if x.type.isHeapType { return nil }
        switch op {
        case .add:
            guard case .object(let y) = b, !y.type.isHeapType else { return nil }
            if let s = x as? PyStrObject, let t = y as? PyStrObject {
                if s.surrogateCodePoints != nil || t.surrogateCodePoints != nil { return str(codePoints: s.codePoints + t.codePoints) }
                return .object(PyStrObject(type: types.str, s.value + t.value, isASCII: s.isASCII && t.isASCII))
            }
            if let s = x as? PyList, let t = y as? PyList { return list(s.items + t.items) }
            if let s = x as? PyTuple, let t = y as? PyTuple { return tuple(s.items + t.items) }
            return nil
        case .multiply:
            return try repeatSequence(x, b)
        case .remainder:
            if let s = x as? PyStrObject { return try percentFormat(s.value, b) }
            return nil
        default:
            return nil
        }
    }

    func repeatSequence(_ sequence: PyObject, _ count: Value) throws -> Value? {
        guard sequence is PyStrObject || sequence is PyList || sequence is PyTuple else { return nil }
        let n: Int
        switch count {
        case .int(let i): n = max(0, i)
        case .bool(let b): n = b ? 1 : 0
        case .object(let o as PyBigIntObject):
            guard let small = Int(exactly: o.value) else {
                throw error(types.overflowError, "cannot fit 'int' into an index-sized integer")
            }
            return try repeatSequence(sequence, .int(small))
        default:
            if case .object(let o) = count, o.type.lookup(staticName("__index__")) != nil {
                return try repeatSequence(sequence, .int(try index(count)))
            }
            return nil
        }
        if let s = sequence as? PyStrObject {
            if n > 0 && s.count.multipliedReportingOverflow(by: n).overflow {
                throw error(types.overflowError, "repeated string is too long")
            }
            try checkRepeatSize(s.value.utf8.count, n, elementSize: 1)
            return try strRepeat(s, .int(n))
        }
        if let l = sequence as? PyList { try checkRepeatSize(l.items.count, n) }
        if let t = sequence as? PyTuple { try checkRepeatSize(t.items.count, n) }
        if let l = sequence as? PyList { return list(Array([[Value]](repeating: l.items, count: n).joined())) }
        if let t = sequence as? PyTuple { return tuple(Array([[Value]](repeating: t.items, count: n).joined())) }
        return nil
    }

    // MARK: unary

    public func negative(_ v: Value) throws -> Value {
        switch v {
        case .int(let i): return i == Int.min ? makeInt(-BigInt(word: i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if case .object(let o) = v, let big = o as? PyBigIntObject { return makeInt(-big.value) }
            if let r = try callSpecial(v, "__neg__", []) { return r }
            if case .object(let o as PyBoxedFloat) = v { return .float(-o.value) }
            throw error(types.typeError, "bad operand type for unary -: '\(typeName(v))'")
        }
    }

    public func positive(_ v: Value) throws -> Value {
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            // An int subclass instance gives a plain int (int_pos returns an exact int).
            if case .object(let o) = v, let big = o as? PyBigIntObject { return o.type.isHeapType ? makeInt(big.value) : v }
            if let r = try callSpecial(v, "__pos__", []) { return r }
            if case .object(let o as PyBoxedFloat) = v { return .float(o.value) }
            throw error(types.typeError, "bad operand type for unary +: '\(typeName(v))'")
        }
    }

    public func invert(_ v: Value) throws -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        default:
            if case .object(let o) = v, let big = o as? PyBigIntObject { return makeInt(-(big.value + 1)) }
            if let r = try callSpecial(v, "__invert__", []) { return r }
            throw error(types.typeError, "bad operand type for unary ~: '\(typeName(v))'")
        }
    }
}

// MARK: divmod and three-argument pow

extension Runtime {
    /// divmod(a, b) through __divmod__ / __rdivmod__ (reflected first for a subclass on the
    /// right). nil when neither operand defines them and none is complex: the caller's
    /// floor-division-and-modulo path applies.
    func divmodSpecial(_ a: Value, _ b: Value) throws -> Value? {
        let ta = typeOf(a), tb = typeOf(b)
        let forward = ta.lookup(staticName("__divmod__"))
        let reflected = ta === tb ? nil : tb.lookup(staticName("__rdivmod__"))
        guard forward != nil || reflected != nil || a.object is PyComplex || b.object is PyComplex else { return nil }
        var triedReflected = false
        if let reflected, tb.isSubtype(of: ta) {
            triedReflected = true
            let r = try callMethodValue(reflected, b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let forward {
            let r = try callMethodValue(forward, a, [b])
            if !isNotImplemented(r) { return r }
        }
        if let reflected, !triedReflected {
            let r = try callMethodValue(reflected, b, [a])
            if !isNotImplemented(r) { return r }
        }
        throw error(types.typeError, "unsupported operand type(s) for divmod(): '\(ta.name)' and '\(tb.name)'")
    }

    /// pow(a, b, m) when not all three are ints: only the base's __pow__ is tried (ternary
    /// power never uses __rpow__). nil for three ints (the modular path).
    func ternaryPowerSpecial(_ a: Value, _ b: Value, _ m: Value) throws -> Value? {
        func isInt(_ v: Value) -> Bool {
            switch v {
            case .int, .bool: return true
            case .object(let o): return o is PyBigIntObject && !o.type.isHeapType
            default: return false
            }
        }
        if isInt(a) && isInt(b) && isInt(m) { return nil }
        if numeric(a) != nil && numeric(b) != nil && numeric(m) != nil {
            throw error(types.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        if let method = typeOf(a).lookup(staticName("__pow__")) {
            let r = try callMethodValue(method, a, [b, m])
            if !isNotImplemented(r) { return r }
        }
        // complex_pow is also the power slot of a complex exponent or modulus.
        if b.object is PyComplex || m.object is PyComplex, try complexOperand(a) != nil, try complexOperand(b) != nil {
            throw error(types.valueError, "complex modulo")
        }
        throw error(types.typeError,
                    "unsupported operand type(s) for ** or pow(): '\(typeName(a))', '\(typeName(b))', '\(typeName(m))'")
    }
}
