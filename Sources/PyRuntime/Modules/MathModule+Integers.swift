// math's integer functions: factorial, gcd, lcm, isqrt, comb, perm (exact big-int results
// and CPython's argument messages).
import BigInt

extension Runtime {
    func installMathIntegerFunctions(_ def: (String, @escaping PyBuiltinFunction.Body) -> Void) {
        def("factorial") { rt, args, kwargs in
            try rt.expectOneArgument("math.factorial", args, kwargs)
            let n = try rt.bigIndex(args[0])
            if n.signum() < 0 { throw rt.error(rt.types.valueError, "factorial() not defined for negative values") }
            guard let small = Int(exactly: n) else {
                throw rt.error(rt.types.overflowError, "factorial() argument should not exceed \(Int.max)")
            }
            return rt.makeInt(Runtime.productOfRange(1, small))
        }
        def("gcd") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "gcd() takes no keyword arguments") }
            var result = BigInt(0)
            for a in args { result = Runtime.gcd(result, try rt.bigIndex(a)) }
            return rt.makeInt(result)
        }
        def("lcm") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "lcm() takes no keyword arguments") }
            var result = BigInt(1)
            for a in args {
                let x = try rt.bigIndex(a)
                if result.signum() == 0 || x.signum() == 0 { result = 0; continue }
                result = (result / Runtime.gcd(result, x) * x).magnitude.asSigned
            }
            return rt.makeInt(result)
        }
        def("isqrt") { rt, args, kwargs in
            try rt.expectOneArgument("math.isqrt", args, kwargs)
            let n = try rt.bigIndex(args[0])
            if n.signum() < 0 { throw rt.error(rt.types.valueError, "isqrt() argument must be nonnegative") }
            return rt.makeInt(Runtime.integerSquareRoot(n))
        }
        def("comb") { rt, args, kwargs in
            try rt.expectArgs("comb", args, kwargs, min: 2, max: 2)
            let n = try rt.bigIndex(args[0]), k = try rt.bigIndex(args[1])
            if n.signum() < 0 { throw rt.error(rt.types.valueError, "n must be a non-negative integer") }
            if k.signum() < 0 { throw rt.error(rt.types.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            let kk = min(k, n - k)
            guard let steps = Int(exactly: kk) else {
                throw rt.error(rt.types.overflowError, "min(n - k, k) must not exceed \(Int.max)")
            }
            var result = BigInt(1)
            for i in 0..<steps { result = result * (n - BigInt(i)) / BigInt(i + 1) }
            return rt.makeInt(result)
        }
        def("perm") { rt, args, kwargs in
            try rt.expectArgs("perm", args, kwargs, min: 1, max: 2)
            let n = try rt.bigIndex(args[0])
            let k = args.count > 1 && !args[1].isNone ? try rt.bigIndex(args[1]) : n
            if args.count == 1 || args[1].isNone, n.signum() < 0 {
                // perm(n) is factorial(n), with its message.
                throw rt.error(rt.types.valueError, "factorial() not defined for negative values")
            }
            if n.signum() < 0 { throw rt.error(rt.types.valueError, "n must be a non-negative integer") }
            if k.signum() < 0 { throw rt.error(rt.types.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let steps = Int(exactly: k) else {
                throw rt.error(rt.types.overflowError, "k must not exceed \(Int.max)")
            }
            var result = BigInt(1)
            for i in 0..<steps { result *= n - BigInt(i) }
            return rt.makeInt(result)
        }
    }

    /// The product low * (low+1) * ... * high, by halves so the big multiplications stay balanced.
    static func productOfRange(_ low: Int, _ high: Int) -> BigInt {
        if low > high { return 1 }
        if high - low < 16 {
            var r = BigInt(1)
            for i in low...high { r *= BigInt(i) }
            return r
        }
        let middle = low + (high - low) / 2
        return productOfRange(low, middle) * productOfRange(middle + 1, high)
    }

    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isZero { (x, y) = (y, x % y) }
        return BigInt(x)
    }

    /// The largest r with r*r <= n (Newton's iteration from above).
    static func integerSquareRoot(_ n: BigInt) -> BigInt {
        if n < 2 { return n }
        var x = BigInt(1) << ((n.magnitude.bitWidth + 1) / 2)
        while true {
            let y = (x + n / x) >> 1
            if y >= x { return x }
            x = y
        }
    }
}

private extension BigUInt {
    var asSigned: BigInt { BigInt(self) }
}
