// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their constructors,
// the encoding/object/start/end/reason attributes (stored apart from args, as in CPython,
// so assigning e.start changes str(e) but not e.args) and CPython's str() texts.

extension Runtime {
    /// A raised codec error with its fields set (args: encoding, object, start, end, reason).
    func unicodeErrorException(_ type: PyType, _ args: [Value]) -> PyException {
        let e = PyBaseException(type: type, args: args)
        e.unicodeErrorFields = args
        return PyException(e)
    }

    private var unicodeTranslateError: PyType? {
        builtins.lookupString(staticName("UnicodeTranslateError"))?.object as? PyType
    }

    /// str() of a codec error; nil for other exceptions.
    func unicodeErrorStr(_ e: PyBaseException) throws -> String? {
        let decoding = e.type.isSubtype(of: types.unicodeDecodeError)
        let encoding = e.type.isSubtype(of: types.unicodeEncodeError)
        let translating = !decoding && !encoding && unicodeTranslateError.map { e.type.isSubtype(of: $0) } == true
        guard decoding || encoding || translating else { return nil }
        // Not initialised (UnicodeError.__new__ alone): CPython prints "".
        guard let f = e.unicodeErrorFields, f.count == 5 else { return "" }
        guard case .int(let start) = f[2], case .int(let end) = f[3] else { return "" }
        let reason = try toStr(f[4])
        if decoding {
            let name = try toStr(f[0])
            if end == start + 1, let data = bytesLike(f[1]), start >= 0, start < data.count {
                return "'\(name)' codec can't decode byte 0x\(hex2(data[start])) in position \(start): \(reason)"
            }
            return "'\(name)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        var single: String? = nil
        if end == start + 1, let cps = strCodePoints(f[1]), start >= 0, start < cps.count {
            single = escapedCodePoint(cps[start])
        }
        if translating {
            if let single { return "can't translate character '\(single)' in position \(start): \(reason)" }
            return "can't translate characters in position \(start)-\(end - 1): \(reason)"
        }
        let name = try toStr(f[0])
        if let single { return "'\(name)' codec can't encode character '\(single)' in position \(start): \(reason)" }
        return "'\(name)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
    }

    /// __init__ of the three codec errors (UnicodeEncodeError_init and friends): checks the
    /// argument types with CPython's messages and stores the fields.
    func installUnicodeErrorTypes() {
        guard let translate = unicodeTranslateError else { return }
        let specs: [(PyType, Int)] = [(types.unicodeEncodeError, 0), (types.unicodeDecodeError, 1), (translate, 2)]
        for (type, kind) in specs {
            defineMethod(type, "__init__") { rt, args, kwargs in
                guard let e = args.first?.object as? PyBaseException else { return .none }
                let given = Array(args.dropFirst())
                e.args = given
                if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "\(e.type.name)() takes no keyword arguments") }
                let expected = kind == 2 ? 4 : 5
                guard given.count == expected else {
                    throw rt.error(rt.types.typeError, "function takes exactly \(expected) arguments (\(given.count) given)")
                }
                func strArg(_ v: Value, _ n: Int) throws -> Value {
                    guard rt.strValue(v) != nil else {
                        throw rt.error(rt.types.typeError, "argument \(n) must be str, not \(rt.typeName(v))")
                    }
                    return v
                }
                var fields: [Value]
                if kind == 2 {
                    fields = [.none, try strArg(given[0], 1), .int(try rt.index(given[1])), .int(try rt.index(given[2])),
                              try strArg(given[3], 4)]
                } else {
                    let encoding = try strArg(given[0], 1)
                    let object: Value
                    if kind == 1 {
                        guard let data = rt.bytesLike(given[1]) else {
                            throw rt.error(rt.types.typeError, "a bytes-like object is required, not '\(rt.typeName(given[1]))'")
                        }
                        object = rt.bytes(data)
                    } else {
                        object = try strArg(given[1], 2)
                    }
                    fields = [encoding, object, .int(try rt.index(given[2])), .int(try rt.index(given[3])), try strArg(given[4], 5)]
                }
                e.unicodeErrorFields = fields
                return .none
            }
            for (index, name) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                if kind == 2 && index == 0 {
                    // UnicodeTranslateError.encoding is always None.
                    installUnicodeErrorField(type, name, index, settable: false)
                } else {
                    installUnicodeErrorField(type, name, index, settable: true)
                }
            }
        }
    }

    private func installUnicodeErrorField(_ type: PyType, _ name: String, _ index: Int, settable: Bool) {
        let getter = PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, args, _ in
            guard let e = args.first?.object as? PyBaseException, let f = e.unicodeErrorFields, index < f.count else { return .none }
            return f[index]
        }
        var setter: Value = .none
        if settable {
            setter = .object(PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, args, _ in
                guard args.count == 2, let e = args[0].object as? PyBaseException else { return .none }
                var value = args[1]
                switch index {
                case 2, 3:
                    guard case .int = value else {
                        if case .bool(let b) = value { value = .int(b ? 1 : 0); break }
                        throw rt.error(rt.types.typeError, "an integer is required")
                    }
                default:
                    if index != 1, rt.strValue(value) == nil {
                        throw rt.error(rt.types.typeError, "attribute must be unicode")
                    }
                }
                var f = e.unicodeErrorFields ?? [.none, .none, .int(0), .int(0), .none]
                f[index] = value
                e.unicodeErrorFields = f
                return .none
            })
        }
        type.namespace.setString(intern(name), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                  setter: setter, deleter: .none, doc: .none)))
    }
}
