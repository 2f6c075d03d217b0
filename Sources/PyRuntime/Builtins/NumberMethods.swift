// Methods of int and float that are not operators (bit_length, is_integer, ...).
import BigInt

extension Runtime {
    func installNumberMethods() {
        let t = types
        defineMethod(t.int, "bit_length") { rt, args, _ in
            let v = try rt.bigValue(args[0])
            return .int(v == 0 ? 0 : v.magnitude.bitWidth)
        }
        defineMethod(t.int, "bit_count") { rt, args, _ in
            .int(try rt.bigValue(args[0]).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        defineMethod(t.int, "conjugate") { rt, args, _ in rt.makeInt(try rt.bigValue(args[0])) }
        defineMethod(t.int, "as_integer_ratio") { rt, args, _ in rt.tuple([rt.makeInt(try rt.bigValue(args[0])), .int(1)]) }
        defineMethod(t.int, "__round__") { rt, args, kwargs in try rt.round(args, kwargs) }
        defineMethod(t.float, "is_integer") { rt, args, _ in
            let d = try rt.floatReceiver(args, "is_integer")
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        }
        defineMethod(t.float, "as_integer_ratio") { rt, args, _ in
            let d = try rt.floatReceiver(args, "as_integer_ratio")
            if d.isNaN { throw rt.error(rt.types.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw rt.error(rt.types.overflowError, "cannot convert Infinity to integer ratio") }
            // Zero first: its `exponent` is Int.min.
            if d == 0 { return rt.tuple([.int(0), .int(1)]) }
            var numerator = BigInt(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
            var exponent = d.isNormal ? Int(d.exponent) - 52 : -1074
            while numerator.isMultiple(of: 2) && exponent < 0 { numerator >>= 1; exponent += 1 }
            if d < 0 { numerator = -numerator }
            if exponent >= 0 { return rt.tuple([rt.makeInt(numerator << exponent), .int(1)]) }
            return rt.tuple([rt.makeInt(numerator), rt.makeInt(BigInt(1) << -exponent)])
        }
        // Float subclass instances are unboxed first, so these give plain results.
        defineMethod(t.float, "conjugate") { rt, args, _ in .float(try rt.floatReceiver(args, "conjugate")) }
        defineMethod(t.float, "__round__") { rt, args, kwargs in
            try rt.round([.float(try rt.floatReceiver(args, "__round__"))] + args.dropFirst(), kwargs)
        }
        defineMethod(t.float, "__trunc__") { rt, args, _ in try rt.intConstructor([.none, .float(try rt.floatReceiver(args, "__trunc__"))], nil) }
        defineMethod(t.float, "__int__") { rt, args, _ in try rt.intConstructor([.none, .float(try rt.floatReceiver(args, "__int__"))], nil) }
    }
}
