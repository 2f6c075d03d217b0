// math's sums and norms: fsum (exact partials, Shewchuk), hypot and dist (vector_norm with
// lossless scaling and a square-root correction), prod, isclose.
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    func installMathSumFunctions(_ def: (String, @escaping PyBuiltinFunction.Body) -> Void) {
        def("fsum") { rt, args, kwargs in
            try rt.expectOneArgument("math.fsum", args, kwargs)
            return .float(try rt.exactFloatSum(args[0]))
        }
        def("hypot") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "hypot() takes no keyword arguments") }
            var coordinates: [Double] = []
            var maximum = 0.0, foundNaN = false
            for a in args {
                let x = fabs(try rt.mathDouble(a))
                coordinates.append(x)
                foundNaN = foundNaN || x.isNaN
                if x > maximum { maximum = x }
            }
            return .float(Runtime.vectorNorm(&coordinates, maximum, foundNaN))
        }
        def("dist") { rt, args, kwargs in
            try rt.expectArgs("dist", args, kwargs, min: 2, max: 2)
            let p = try rt.toArray(args[0]), q = try rt.toArray(args[1])
            if p.count != q.count {
                throw rt.error(rt.types.valueError, "both points must have the same number of dimensions")
            }
            var differences: [Double] = []
            var maximum = 0.0, foundNaN = false
            for (a, b) in zip(p, q) {
                let x = fabs(try rt.mathDouble(a) - rt.mathDouble(b))
                differences.append(x)
                foundNaN = foundNaN || x.isNaN
                if x > maximum { maximum = x }
            }
            return .float(Runtime.vectorNorm(&differences, maximum, foundNaN))
        }
        def("prod") { rt, args, kwargs in
            try rt.rejectUnknownKeywords(kwargs, allowed: ["start"], function: "prod")
            guard args.count == 1 else {
                throw rt.error(rt.types.typeError, args.isEmpty ? "prod() missing required argument 'iterable' (pos 1)"
                                                                : "prod() takes exactly 1 positional argument (\(args.count) given)")
            }
            var result = rt.keyword(kwargs, "start") ?? .int(1)
            let iterator = try rt.getIter(args[0])
            while let item = try rt.next(iterator) {
                result = try rt.binaryOp(BinaryOperator.multiply.rawValue, result, item)
            }
            return result
        }
        def("isclose") { rt, args, kwargs in
            try rt.rejectUnknownKeywords(kwargs, allowed: ["a", "b", "rel_tol", "abs_tol"], function: "isclose")
            if args.count > 2 { throw rt.error(rt.types.typeError, "isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            var positional = args
            for name in ["a", "b"] where positional.count < 2 {
                if let v = rt.keyword(kwargs, name) { positional.append(v) }
            }
            guard positional.count == 2 else {
                throw rt.error(rt.types.typeError, "isclose() missing required argument '\(positional.isEmpty ? "a" : "b")' (pos \(positional.count + 1))")
            }
            let a = try rt.mathDouble(positional[0]), b = try rt.mathDouble(positional[1])
            let relTol = try rt.keyword(kwargs, "rel_tol").map { try rt.mathDouble($0) } ?? 1e-09
            let absTol = try rt.keyword(kwargs, "abs_tol").map { try rt.mathDouble($0) } ?? 0.0
            if relTol < 0 || absTol < 0 { throw rt.error(rt.types.valueError, "tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = fabs(b - a)
            return .bool((diff <= fabs(relTol * b)) || (diff <= fabs(relTol * a)) || diff <= absTol)
        }
    }

    /// math.fsum: Shewchuk's exact partial sums, then a correctly rounded total.
    func exactFloatSum(_ iterable: Value) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        let iterator = try getIter(iterable)
        while let item = try next(iterator) {
            var x = try mathDouble(item)
            let original = x
            var kept = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if fabs(x) < fabs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 { partials[kept] = lo; kept += 1 }
                x = hi
            }
            partials.removeSubrange(kept...)
            if x != 0 {
                if !x.isFinite {
                    // A non-finite partial from finite inputs is an overflow; inf and nan inputs are summed apart.
                    if original.isFinite { throw error(types.overflowError, "intermediate overflow in fsum") }
                    if original.isInfinite { infSum += original }
                    specialSum += original
                    partials.removeAll()
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw error(types.valueError, "-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        var hi = 0.0
        guard n > 0 else { return hi }
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        // Round half-even correctly when the remaining partials push the total past a tie.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
        return hi
    }

    /// sqrt(sum(x*x)) for non-negative `values` whose largest is `maximum`: lossless power-of-two
    /// scaling, exact squares (fma), compensated sums and one Newton correction of the root.
    static func vectorNorm(_ values: inout [Double], _ maximum: Double, _ foundNaN: Bool) -> Double {
        if maximum.isInfinite { return maximum }
        if foundNaN { return .nan }
        if maximum == 0 || values.count <= 1 { return maximum }
        var exponent: Int32 = 0
        _ = frexp(maximum, &exponent)
        if exponent < -1023 {
            for i in values.indices { values[i] /= Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * vectorNorm(&values, maximum / Double.leastNormalMagnitude, foundNaN)
        }
        let scale = ldexp(1.0, -Int(exponent))
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for value in values {
            let x = value * scale
            let square = x * x, squareLow = fma(x, x, -square)
            let sum = csum + square
            frac2 += (csum - sum) + square
            csum = sum
            frac1 += squareLow
        }
        var h = sqrt(csum - 1.0 + (frac1 + frac2))
        let square = -h * h, squareLow = fma(-h, h, -square)
        let sum = csum + square
        frac2 += (csum - sum) + square
        csum = sum
        frac1 += squareLow
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }
}
