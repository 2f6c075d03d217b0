// The marshal module over the toolkit's reader and writer (PyBytecode/Marshal): the
// same bytes CPython 3.11 reads and writes (version 4), with its errors.
import BigInt
import PyBytecode

extension Runtime {
    func makeMarshalModule() -> PyModule {
        let (module, ns) = newNativeModule("marshal")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        ns.setString(intern("version"), .int(4))
        def("loads") { rt, args, kwargs in
            try rt.expectArgs("loads", args, kwargs, min: 1, max: 1)
            return try rt.marshalLoad(try rt.bytesArgument(args[0]))
        }
        def("dumps") { rt, args, kwargs in
            try rt.expectArgs("dumps", args, kwargs, min: 1, max: 2)
            return rt.bytes(try rt.marshalDump(args[0]))
        }
        def("load") { rt, args, kwargs in
            try rt.expectArgs("load", args, kwargs, min: 1, max: 1)
            let data = try rt.call(try rt.getAttribute(args[0], rt.intern("read")), [])
            return try rt.marshalLoad(try rt.bytesArgument(data))
        }
        def("dump") { rt, args, kwargs in
            try rt.expectArgs("dump", args, kwargs, min: 2, max: 3)
            _ = try rt.call(try rt.getAttribute(args[1], rt.intern("write")), [rt.bytes(try rt.marshalDump(args[0]))])
            return .none
        }
        return module
    }

    func marshalLoad(_ data: [UInt8]) throws -> Value {
        let constant: PyConstant
        do {
            constant = try MarshalReader.load(data)
        } catch let e as MarshalError {
            throw error(builtinExceptionType(e.kind.rawValue) ?? types.valueError, e.message)
        }
        return try value(fromConstant: constant)
    }

    func marshalDump(_ v: Value) throws -> [UInt8] {
        var depth = 0
        let constant = try marshalConstant(v, &depth)
        do {
            return try MarshalWriter.dump(constant)
        } catch {
            throw self.error(types.valueError, "unmarshallable object")
        }
    }

    /// The marshal form of a value; exact builtin types only, as CPython's w_object.
    private func marshalConstant(_ v: Value, _ depth: inout Int) throws -> PyConstant {
        depth += 1
        defer { depth -= 1 }
        if depth > 2000 { throw error(types.valueError, "object too deeply nested to marshal") }
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let n): return .int(n)
        case .float(let d): return .float(d)
        case .object(let o):
            if o === types.stopIteration { return .stopIteration }
            if o === ellipsis { return .ellipsis }
            if let big = o as? PyBigIntObject, o.type === types.int { return .bigInt(pyBigInt(big.value)) }
            if let c = o as? PyComplex, o.type === types.complex { return .complex(real: c.real, imag: c.imag) }
            if let s = o as? PyStrObject, o.type === types.str { return .str(PyStr(s.value)) }
            if let b = o as? PyBytes, o.type === types.bytes { return .bytes(b.bytes) }
            if let b = o as? PyByteArray, o.type === types.bytearray { return .bytes(b.bytes) }
            if let t = o as? PyTuple, o.type === types.tuple { return .tuple(try t.items.map { try marshalConstant($0, &depth) }) }
            if let l = o as? PyList, o.type === types.list { return .list(try l.items.map { try marshalConstant($0, &depth) }) }
            if let d = o as? PyDict, o.type === types.dict {
                return .dict(try d.items.map { PyDictEntry(key: try marshalConstant($0.key, &depth),
                                                           value: try marshalConstant($0.value, &depth)) })
            }
            if let s = o as? PySet {
                let elements = try s.elements.map { try marshalConstant($0, &depth) }
                if o.type === types.set { return .set(elements) }
                if o.type === types.frozenset { return .frozenset(elements) }
            }
            if let code = o as? PyCodeObject { return .code(code.code) }
        default: break
        }
        throw error(types.valueError, "unmarshallable object")
    }
}
