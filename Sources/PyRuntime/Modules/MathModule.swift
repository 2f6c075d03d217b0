// The `math` module: libm functions with CPython's error rules (math_1/math_2: a NaN from
// a non-NaN argument is "math domain error", an infinity from a finite one is
// "math range error" or a domain error), and its argument conversions. Integer functions
// are in MathModule+Integers.swift, sums and norms in MathModule+Sums.swift.
#if canImport(Glibc)
import Glibc
#endif
import BigInt

extension Runtime {
    func makeMathModule() -> PyModule {
        let (module, ns) = newNativeModule("math")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        ns.setString(intern("pi"), .float(Double.pi))
        ns.setString(intern("e"), .float(M_E))
        ns.setString(intern("tau"), .float(2 * Double.pi))
        ns.setString(intern("inf"), .float(Double.infinity))
        ns.setString(intern("nan"), .float(Double.nan))

        // One-argument functions: (name, libm function, whether an infinite result is an overflow).
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("acos", acos, false), ("acosh", acosh, false), ("asin", asin, false), ("asinh", asinh, false),
            ("atan", atan, false), ("atanh", atanh, false), ("cbrt", cbrt, false), ("cos", cos, false),
            ("cosh", cosh, true), ("erf", erf, false), ("erfc", erfc, false), ("exp", exp, true),
            ("exp2", exp2, true), ("expm1", expm1, true), ("fabs", fabs, false), ("sin", sin, false),
            ("sinh", sinh, true), ("sqrt", sqrt, false), ("tan", tan, false), ("tanh", tanh, false),
        ]
        for (name, f, canOverflow) in unary {
            def(name) { rt, args, kwargs in
                try rt.expectOneArgument("math.\(name)", args, kwargs)
                let x = try rt.mathDouble(args[0])
                return .float(try rt.checkedMathResult(f(x), x, canOverflow: canOverflow))
            }
        }
        def("gamma") { rt, args, kwargs in
            try rt.expectOneArgument("math.gamma", args, kwargs)
            let x = try rt.mathDouble(args[0])
            let (r, failure) = Runtime.lanczosGamma(x)
            if let failure { throw failure == .domain ? rt.mathDomainError() : rt.mathRangeError() }
            return .float(r)
        }
        def("lgamma") { rt, args, kwargs in
            try rt.expectOneArgument("math.lgamma", args, kwargs)
            let x = try rt.mathDouble(args[0])
            let (r, failure) = Runtime.lanczosLogGamma(x)
            if let failure { throw failure == .domain ? rt.mathDomainError() : rt.mathRangeError() }
            return .float(r)
        }
        def("degrees") { rt, args, kwargs in
            try rt.expectOneArgument("math.degrees", args, kwargs)
            return .float(try rt.mathDouble(args[0]) * (180.0 / Double.pi))
        }
        def("radians") { rt, args, kwargs in
            try rt.expectOneArgument("math.radians", args, kwargs)
            return .float(try rt.mathDouble(args[0]) * (Double.pi / 180.0))
        }
        for (name, test) in [("isfinite", { (x: Double) in x.isFinite }), ("isinf", { $0.isInfinite }), ("isnan", { $0.isNaN })] {
            def(name) { rt, args, kwargs in
                try rt.expectOneArgument("math.\(name)", args, kwargs)
                return .bool(test(try rt.mathDouble(args[0])))
            }
        }
        def("atan2") { rt, args, kwargs in
            try rt.expectArgs("atan2", args, kwargs, min: 2, max: 2)
            return .float(atan2(try rt.mathDouble(args[0]), try rt.mathDouble(args[1])))
        }
        def("copysign") { rt, args, kwargs in
            try rt.expectArgs("copysign", args, kwargs, min: 2, max: 2)
            return .float(copysign(try rt.mathDouble(args[0]), try rt.mathDouble(args[1])))
        }
        def("fmod") { rt, args, kwargs in
            try rt.expectArgs("fmod", args, kwargs, min: 2, max: 2)
            let x = try rt.mathDouble(args[0]), y = try rt.mathDouble(args[1])
            // fmod(x, +-inf) is x for finite x; fmod(inf, y) and fmod(x, 0) are domain errors.
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw rt.mathDomainError() }
            return .float(r)
        }
        def("remainder") { rt, args, kwargs in
            try rt.expectArgs("remainder", args, kwargs, min: 2, max: 2)
            let x = try rt.mathDouble(args[0]), y = try rt.mathDouble(args[1])
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            if x.isInfinite || y == 0 { throw rt.mathDomainError() }
            if y.isInfinite { return .float(x) }
            return .float(remainder(x, y))
        }
        def("pow") { rt, args, kwargs in
            try rt.expectArgs("pow", args, kwargs, min: 2, max: 2)
            return .float(try rt.mathPow(try rt.mathDouble(args[0]), try rt.mathDouble(args[1])))
        }
        def("ldexp") { rt, args, kwargs in
            try rt.expectArgs("ldexp", args, kwargs, min: 2, max: 2)
            let x = try rt.mathDouble(args[0])
            guard let exponent = rt.intLikeValue(args[1]) else {
                throw rt.error(rt.types.typeError, "Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let e = Int(clamping: exponent)
            let r = scalbn(x, Int32(clamping: e))
            if r.isInfinite { throw rt.mathRangeError() }
            return .float(r)
        }
        def("frexp") { rt, args, kwargs in
            try rt.expectOneArgument("math.frexp", args, kwargs)
            let x = try rt.mathDouble(args[0])
            if x.isNaN || x.isInfinite || x == 0 { return rt.tuple([.float(x), .int(0)]) }
            var e: Int32 = 0
            let m = frexp(x, &e)
            return rt.tuple([.float(m), .int(Int(e))])
        }
        def("modf") { rt, args, kwargs in
            try rt.expectOneArgument("math.modf", args, kwargs)
            let x = try rt.mathDouble(args[0])
            if x.isInfinite { return rt.tuple([.float(copysign(0.0, x)), .float(x)]) }
            var integral = 0.0
            let fraction = modf(x, &integral)
            return rt.tuple([.float(fraction), .float(integral)])
        }
        def("log") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "log() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else {
                throw rt.error(rt.types.typeError, "math.log requires 1 to 2 arguments")
            }
            let num = try rt.mathLog(args[0], log)
            guard args.count == 2 else { return .float(num) }
            let den = try rt.mathLog(args[1], log)
            if den == 0 { throw rt.error(rt.types.zeroDivisionError, "float division by zero") }
            return .float(num / den)
        }
        for (name, f) in [("log2", log2), ("log10", log10)] as [(String, (Double) -> Double)] {
            def(name) { rt, args, kwargs in
                try rt.expectOneArgument("math.\(name)", args, kwargs)
                return .float(try rt.mathLog(args[0], f))
            }
        }
        def("log1p") { rt, args, kwargs in
            try rt.expectOneArgument("math.log1p", args, kwargs)
            let x = try rt.mathDouble(args[0])
            return .float(try rt.checkedMathResult(log1p(x), x, canOverflow: false))
        }
        for name in ["floor", "ceil"] {
            def(name) { rt, args, kwargs in
                try rt.expectOneArgument("math.\(name)", args, kwargs)
                return try rt.mathRound(args[0], special: "__\(name)__", up: name == "ceil")
            }
        }
        def("trunc") { rt, args, kwargs in
            try rt.expectOneArgument("math.trunc", args, kwargs)
            switch args[0] {
            case .float(let d): return try rt.integralValue(d.rounded(.towardZero))
            case .int, .bool: return .int(try rt.index(args[0]))
            case .object(let o) where o is PyBigIntObject && !o.type.isHeapType: return args[0]
            default: break
            }
            guard let r = try rt.callSpecial(args[0], "__trunc__", []) else {
                throw rt.error(rt.types.typeError, "type \(rt.typeName(args[0])) doesn't define __trunc__ method")
            }
            return r
        }
        def("nextafter") { rt, args, kwargs in
            try rt.expectArgs("nextafter", args, kwargs, min: 2, max: 2)
            return .float(nextafter(try rt.mathDouble(args[0]), try rt.mathDouble(args[1])))
        }
        def("ulp") { rt, args, kwargs in
            try rt.expectOneArgument("math.ulp", args, kwargs)
            var x = try rt.mathDouble(args[0])
            if x.isNaN { return .float(x) }
            x = fabs(x)
            if x.isInfinite { return .float(x) }
            let next = nextafter(x, .infinity)
            if next.isInfinite { return .float(x - nextafter(x, -.infinity)) }
            return .float(next - x)
        }
        installMathIntegerFunctions(def)
        installMathSumFunctions(def)
        return module
    }

    /// METH_O's arity message, which names the function with its module (`math.sqrt()`).
    func expectOneArgument(_ qualifiedName: String, _ args: [Value], _ kwargs: PyDict?) throws {
        if let kwargs, kwargs.count > 0 {
            throw error(types.typeError, "\(qualifiedName)() takes no keyword arguments")
        }
        if args.count != 1 {
            throw error(types.typeError, "\(qualifiedName)() takes exactly one argument (\(args.count) given)")
        }
    }

    /// PyFloat_AsDouble: float, int (OverflowError when too large), __float__, __index__.
    func mathDouble(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigIntObject, !o.type.isHeapType || o.type.lookup(staticName("__float__")) == nil {
                return try bigToDouble(big.value)
            }
            if let f = o as? PyBoxedFloat, !o.type.isHeapType || o.type.lookup(staticName("__float__")) == nil {
                return f.value
            }
            if o.type.lookup(staticName("__float__")) != nil || o.type.lookup(staticName("__index__")) != nil {
                if case .float(let d) = try floatConstructor([.none, v]) { return d }
            }
        default: break
        }
        throw error(types.typeError, "must be real number, not \(typeName(v))")
    }

    func mathDomainError() -> PyException { error(types.valueError, "math domain error") }
    func mathRangeError() -> PyException { error(types.overflowError, "math range error") }

    /// math_1's checks of a libm result `r` for the argument `x`.
    func checkedMathResult(_ r: Double, _ x: Double, canOverflow: Bool) throws -> Double {
        if r.isNaN && !x.isNaN { throw mathDomainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? mathRangeError() : mathDomainError() }
        return r
    }

    /// math.pow: C99 pow with CPython's special cases and errors.
    func mathPow(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && fmod(fabs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : fabs(x) }
                if y == 0 { return 1 }
                return oddY ? copysign(0.0, x) : 0
            }
            // y is infinite.
            if fabs(x) == 1 { return 1 }
            if (y > 0) == (fabs(x) > 1) { return y }
            return 0
        }
        let r = pow(x, y)
        if r.isNaN { throw mathDomainError() }
        if r.isInfinite {
            // pow(0, negative) is a domain error, other infinities are overflows.
            if x == 0 { throw mathDomainError() }
            throw mathRangeError()
        }
        return r
    }

    /// loghelper: ints of any size (log of the mantissa plus the exponent), else floats.
    func mathLog(_ v: Value, _ f: (Double) -> Double) throws -> Double {
        if let big = intLikeValue(v), case .object = v, Double(big).isInfinite {
            if big.signum() <= 0 { throw mathDomainError() }
            // x = m * 2**n with 0.5 <= m < 1 (CPython's _PyLong_Frexp), so log(x) = log(m) + n*log(2).
            let n = big.magnitude.bitWidth
            let shift = max(0, n - 63)
            let m = Double(big >> shift) / pow(2.0, Double(n - shift))
            return f(m) + f(2.0) * Double(n)
        }
        if let big = intLikeValue(v), big.signum() <= 0 { throw mathDomainError() }
        let x = try mathDouble(v)
        if x.isNaN { return x }
        if x <= 0 { throw mathDomainError() }
        if x.isInfinite { return x }
        return f(x)
    }

    /// floor/ceil: floats give ints; other types use their __floor__/__ceil__.
    func mathRound(_ v: Value, special: String, up: Bool) throws -> Value {
        switch v {
        case .float(let d): return try integralValue(up ? d.rounded(.up) : d.rounded(.down))
        case .int, .bool: return .int(try index(v))
        case .object(let o):
            if o is PyBigIntObject, !o.type.isHeapType { return v }
            if let r = try callSpecial(v, special, []) { return r }
            return try integralValue(up ? try mathDouble(v).rounded(.up) : try mathDouble(v).rounded(.down))
        default:
            return try integralValue(up ? try mathDouble(v).rounded(.up) : try mathDouble(v).rounded(.down))
        }
    }

    /// An integral double as an int (CPython's PyLong_FromDouble messages).
    func integralValue(_ d: Double) throws -> Value {
        if d.isNaN { throw error(types.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        return makeInt(BigInt(d))
    }
}
