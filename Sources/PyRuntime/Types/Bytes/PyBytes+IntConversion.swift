// int.to_bytes and int.from_bytes (two's complement, either byte order): they live with
// bytes because they are the bridge between the two types.
import BigInt

extension Runtime {
    private func byteOrderArgument(_ v: Value?, _ function: String) throws -> Bool {
        guard let v else { return false }
        let order = try strArgument(v, function, "byteorder")
        switch order {
        case "little": return true
        case "big": return false
        default: throw error(types.valueError, "byteorder must be either 'little' or 'big'")
        }
    }

    func installIntBytesConversions() {
        defineMethod(types.int, "to_bytes") { rt, args, kwargs in
            guard let receiver = args.first else {
                throw rt.error(rt.types.typeError, "unbound method int.to_bytes() needs an argument")
            }
            let value = try rt.bigValue(receiver)
            let a = try rt.bindMethodArguments("int", "to_bytes", args.dropFirst(), kwargs,
                                               ["length", "byteorder", "signed"], required: 0, .keywords)
            if args.count > 3 { throw rt.error(rt.types.typeError, "to_bytes() takes at most 2 positional arguments (\(args.count - 1) given)") }
            let length = try rt.ssizeArgument(a[0], default: 1)
            if length < 0 { throw rt.error(rt.types.valueError, "length argument must be non-negative") }
            if length > Int(Int32.max) { throw rt.error(rt.types.overflowError, "length argument too large") }
            let little = try rt.byteOrderArgument(a[1], "to_bytes")
            let signed = try a[2].map { try rt.isTrue($0) } ?? false
            if !signed && value.sign == .minus {
                throw rt.error(rt.types.overflowError, "can't convert negative int to unsigned")
            }
            // Two's complement: a negative value is 2**(8*length) + value.
            let limit = BigInt(1) << (8 * Swift.min(length, 1 << 24))
            let fits = signed ? (value >= -(limit >> 1) && value < (limit >> 1)) : value < limit
            guard fits else { throw rt.error(rt.types.overflowError, "int too big to convert") }
            var magnitude = value.sign == .minus ? BigUInt(limit + value) : value.magnitude
            var out = [UInt8](repeating: 0, count: length)
            for i in 0..<length {
                out[i] = UInt8(truncatingIfNeeded: magnitude & 0xFF)
                magnitude >>= 8
            }
            return rt.bytes(little ? out : out.reversed())
        }
        let fromBytes = PyBuiltinFunction(type: types.builtinFunction, name: "from_bytes", ownerName: "int") { rt, args, kwargs in
            let a = try rt.bindMethodArguments("int", "from_bytes", args.dropFirst(), kwargs,
                                               ["bytes", "byteorder", "signed"], required: 1, .keywords)
            let source = a[0] ?? .none
            let data: [UInt8]
            if let b = rt.bytesLike(source) { data = b }
            else if rt.strValue(source) != nil || rt.numeric(source) != nil {
                // PyObject_Bytes: no int-as-count form here.
                throw rt.error(rt.types.typeError, "cannot convert '\(rt.typeName(source))' object to bytes")
            }
            else { data = try rt.bytesConstructorContents("bytes", [source][...], nil, isArray: false) }
            let little = try rt.byteOrderArgument(a[1], "from_bytes")
            let signed = try a[2].map { try rt.isTrue($0) } ?? false
            var value = BigInt(0)
            for b in (little ? data.reversed() : data) { value = (value << 8) | BigInt(b) }
            if signed, let top = (little ? data.last : data.first), top & 0x80 != 0 {
                value -= BigInt(1) << (8 * data.count)
            }
            let result = rt.makeInt(value)
            if case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls !== rt.types.int {
                return try rt.call(.object(cls), [result])
            }
            return result
        }
        types.int.namespace.setString(staticName("from_bytes"), .object(PyClassMethod(type: types.classMethodDescriptor, .object(fromBytes))))
    }
}
