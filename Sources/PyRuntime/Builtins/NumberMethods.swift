// Methods of int and float that are not operators (bit_length, is_integer, ...), and
// dict class methods that need no container internals.
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
        defineMethod(t.int, "as_integer_ratio") { rt, args, _ in rt.tuple([args[0], .int(1)]) }
        defineMethod(t.int, "__round__") { rt, args, kwargs in try rt.round(args, kwargs) }
        defineMethod(t.float, "is_integer") { rt, args, _ in
            guard case .float(let d) = args[0] else { return .bool(false) }
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        }
        defineMethod(t.float, "as_integer_ratio") { rt, args, _ in
            guard case .float(let d) = args[0] else { return .none }
            if d.isNaN { throw rt.error(rt.types.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw rt.error(rt.types.overflowError, "cannot convert Infinity to integer ratio") }
            var numerator = BigInt(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
            var exponent = Int(d.exponent) - 52
            if !d.isNormal { exponent = -1074 }
            if d == 0 { return rt.tuple([.int(0), .int(1)]) }
            while numerator.isMultiple(of: 2) && exponent < 0 { numerator >>= 1; exponent += 1 }
            if d < 0 { numerator = -numerator }
            if exponent >= 0 { return rt.tuple([rt.makeInt(numerator << exponent), .int(1)]) }
            return rt.tuple([rt.makeInt(numerator), rt.makeInt(BigInt(1) << -exponent)])
        }
        defineMethod(t.float, "conjugate") { _, args, _ in args[0] }
        defineMethod(t.float, "__round__") { rt, args, kwargs in try rt.round(args, kwargs) }
        defineMethod(t.float, "__trunc__") { rt, args, _ in try rt.intConstructor([.none, args[0]], nil) }
        defineMethod(t.float, "__int__") { rt, args, _ in try rt.intConstructor([.none, args[0]], nil) }
        // dict.fromkeys and popitem.
        let fromkeys = PyBuiltinFunction(type: types.builtinFunction, name: "fromkeys", ownerName: "dict") { rt, args, _ in
            guard args.count >= 2 else { throw rt.error(rt.types.typeError, "fromkeys expected at least 1 argument, got 0") }
            let result = try rt.call(args[0], [])
            guard case .object(let o) = result, let d = o as? PyDict else { return result }
            let value = args.count > 2 ? args[2] : .none
            for key in try rt.toArray(args[1]) { try rt.dictSet(d, key, value) }
            return result
        }
        t.dict.namespace.setString(staticName("fromkeys"), .object(PyClassMethod(type: types.classMethodDescriptor, .object(fromkeys))))
        defineMethod(t.dict, "popitem") { rt, args, _ in
            guard let d = args[0].object as? PyDict else { return .none }
            guard let last = d.items.last else { throw rt.error(rt.types.keyError, "popitem(): dictionary is empty") }
            try rt.dictRemove(d, last.key)
            return rt.tuple([last.key, last.value])
        }
    }
}
