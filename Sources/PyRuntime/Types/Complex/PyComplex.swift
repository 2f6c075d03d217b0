// `complex` storage and CPython's complex arithmetic (complexobject.c): _Py_c_quot,
// _Py_c_pow with its errno rules, c_powi for small integer exponents, _Py_c_abs, and the
// number-slot semantics (TO_COMPLEX conversion of int/float operands).
import BigInt
import PyBytecode
#if canImport(Glibc)
import Glibc
#endif

public final class PyComplex: PyObject {
    public let real: Double
    public let imag: Double

    public init(type: PyType, real: Double, imag: Double) {
        self.real = real
        self.imag = imag
        super.init(type: type)
    }
}

/// A complex value in arithmetic (Py_complex).
struct ComplexValue {
    var real: Double
    var imag: Double

    static let one = ComplexValue(real: 1, imag: 0)

    static func + (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(real: a.real + b.real, imag: a.imag + b.imag)
    }

    static func - (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(real: a.real - b.real, imag: a.imag - b.imag)
    }

    /// _Py_c_prod.
    static func * (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
    }

    /// _Py_c_quot (Smith's algorithm); nil where CPython sets errno = EDOM (division by zero).
    static func quotient(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
        let absReal = b.real < 0 ? -b.real : b.real
        let absImag = b.imag < 0 ? -b.imag : b.imag
        if absReal >= absImag {
            if absReal == 0 { return nil }
            let ratio = b.imag / b.real
            let denom = b.real + b.imag * ratio
            return ComplexValue(real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denom = b.real * ratio + b.imag
            return ComplexValue(real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom)
        }
        // At least one part of the divisor is a NaN.
        return ComplexValue(real: .nan, imag: .nan)
    }

    /// The outcome of complex_pow: a value, errno == EDOM (ZeroDivisionError) or
    /// errno == ERANGE (OverflowError).
    enum PowerOutcome { case value(ComplexValue), domain, range }

    /// complex_pow: c_powi for integral exponents up to 100 in magnitude, else _Py_c_pow;
    /// then _Py_ADJUST_ERANGE2 (an infinite part is an overflow).
    static func power(_ a: ComplexValue, _ b: ComplexValue) -> PowerOutcome {
        var domain = false
        let p: ComplexValue
        if b.imag == 0, b.real == b.real.rounded(.down), Swift.abs(b.real) <= 100 {
            let n = Int(b.real)
            if n > 0 {
                p = powu(a, n)
            } else if let q = quotient(.one, powu(a, -n)) {
                p = q
            } else {
                domain = true
                p = ComplexValue(real: 0, imag: 0)
            }
        } else {
            (p, domain) = generalPower(a, b)
        }
        if domain { return .domain }
        if p.real.isInfinite || p.imag.isInfinite { return .range }
        return .value(p)
    }

    /// c_powu: binary exponentiation by a non-negative integer.
    static func powu(_ x: ComplexValue, _ n: Int) -> ComplexValue {
        var r = ComplexValue.one
        var p = x
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// _Py_c_pow; `domain` mirrors errno == EDOM: a zero base with a negative or complex
    /// exponent, or libm's cos/sin of an infinite phase (glibc sets EDOM there).
    static func generalPower(_ a: ComplexValue, _ b: ComplexValue) -> (ComplexValue, Bool) {
        if b.real == 0 && b.imag == 0 { return (.one, false) }
        if a.real == 0 && a.imag == 0 {
            return (ComplexValue(real: 0, imag: 0), b.imag != 0 || b.real < 0)
        }
        let vabs = hypot(a.real, a.imag)
        var len = pow(vabs, b.real)
        let at = atan2(a.imag, a.real)
        var phase = at * b.real
        if b.imag != 0 {
            len /= exp(at * b.imag)
            phase += b.imag * log(vabs)
        }
        let domain = phase.isInfinite
        return (ComplexValue(real: len * cos(phase), imag: len * sin(phase)), domain)
    }

    /// _Py_c_abs; nil when a finite value overflows (OverflowError "absolute value too large").
    static func magnitude(_ z: ComplexValue) -> Double? {
        if !z.real.isFinite || !z.imag.isFinite {
            // C99: an infinite part wins even over a NaN.
            if z.real.isInfinite { return Swift.abs(z.real) }
            if z.imag.isInfinite { return Swift.abs(z.imag) }
            return .nan
        }
        let r = hypot(z.real, z.imag)
        return r.isFinite ? r : nil
    }
}

extension Runtime {
    public func complex(_ real: Double, _ imag: Double) -> Value {
        .object(PyComplex(type: types.complex, real: real, imag: imag))
    }

    func complexValue(_ c: PyComplex) -> ComplexValue { ComplexValue(real: c.real, imag: c.imag) }

    /// TO_COMPLEX: a complex, int or float operand as a complex value; nil for other types
    /// (the operation returns NotImplemented).
    func complexOperand(_ v: Value) throws -> ComplexValue? {
        switch v {
        case .int(let i): return ComplexValue(real: Double(i), imag: 0)
        case .bool(let b): return ComplexValue(real: b ? 1 : 0, imag: 0)
        case .float(let d): return ComplexValue(real: d, imag: 0)
        case .object(let o):
            if let c = o as? PyComplex { return complexValue(c) }
            if let f = o as? PyBoxedFloat { return ComplexValue(real: f.value, imag: 0) }
            if let big = o as? PyBigIntObject { return ComplexValue(real: try bigToDouble(big.value), imag: 0) }
            return nil
        default: return nil
        }
    }

    /// The number slots of complex: nil means NotImplemented.
    func complexArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
        switch op {
        case .add: return complex((x + y).real, (x + y).imag)
        case .subtract: return complex((x - y).real, (x - y).imag)
        case .multiply:
            let p = x * y
            return complex(p.real, p.imag)
        case .trueDivide:
            guard let q = ComplexValue.quotient(x, y) else {
                throw error(types.zeroDivisionError, "complex division by zero")
            }
            return complex(q.real, q.imag)
        case .power:
            switch ComplexValue.power(x, y) {
            case .value(let p): return complex(p.real, p.imag)
            case .domain: throw error(types.zeroDivisionError, "0.0 to a negative or complex power")
            case .range: throw error(types.overflowError, "complex exponentiation")
            }
        default: return nil
        }
    }

    /// BINARY_OP hook: operations where a builtin complex meets a builtin number.
    /// Subclasses (heap types) take the dunder path so their overrides are honoured.
    func complexBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        let x = a.object, y = b.object
        guard x is PyComplex || y is PyComplex else { return nil }
        if let x, x.type.isHeapType { return nil }
        if let y, y.type.isHeapType { return nil }
        return try complexArithmetic(op, a, b)
    }

    /// float ** float for a negative base and a fractional exponent: float_pow hands it to
    /// complex_pow, and the result is complex.
    func floatPowerComplex(_ x: Double, _ y: Double) throws -> Value {
        try complexArithmetic(.power, .float(x), .float(y)) ?? complex(.nan, .nan)
    }

    /// complex_hash: hash(real) + 1000003 * hash(imag), -1 mapped to -2.
    func complexHash(_ c: PyComplex) -> Int {
        let combined = PyHash.hash(double: c.real) &+ 1_000_003 &* PyHash.hash(double: c.imag)
        return combined == -1 ? -2 : combined
    }

    func complexRepr(_ c: PyComplex) -> String {
        PyRepr.repr(complexReal: c.real, imag: c.imag)
    }

    /// complex_richcompare: == and != with int, float and complex; NotImplemented otherwise.
    func complexEquals(_ c: PyComplex, _ other: Value) throws -> Bool? {
        switch other {
        case .int(let i):
            guard c.imag == 0 else { return false }
            return try isTrue(try compare(.float(c.real), .int(i), .eq))
        case .bool(let b): return c.imag == 0 && c.real == (b ? 1 : 0)
        case .float(let d): return c.real == d && c.imag == 0
        case .object(let o):
            if let d = o as? PyComplex { return c.real == d.real && c.imag == d.imag }
            if let f = o as? PyBoxedFloat { return c.real == f.value && c.imag == 0 }
            if o is PyBigIntObject {
                guard c.imag == 0 else { return false }
                return try isTrue(try compare(.float(c.real), other, .eq))
            }
            return nil
        default: return nil
        }
    }
}
