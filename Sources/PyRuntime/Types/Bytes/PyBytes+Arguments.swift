// Argument binding for the bytes/bytearray/complex methods, with the TypeError texts of
// the CPython calling convention each method uses (METH_NOARGS, METH_O, METH_VARARGS,
// Argument Clinic positional-only or with keywords).

/// How a builtin method takes its arguments in CPython (it decides the error wording).
enum MethodConvention {
    /// METH_NOARGS: "bytes.upper() takes no arguments (1 given)".
    case noArgs
    /// METH_O: "bytes.join() takes exactly one argument (0 given)".
    case oneArg
    /// METH_VARARGS parsed by PyArg_ParseTuple: "count() takes at least 1 argument (0 given)".
    case varargs
    /// Clinic positional-only: "replace expected at least 2 arguments, got 1".
    case positional
    /// Clinic with keywords: "split() takes at most 2 arguments (3 given)".
    case keywords
}

extension Runtime {
    /// Binds `args` (without self) to `names`; missing optional parameters are nil.
    /// `owner` is the type name used in the qualified messages ("bytes.upper()").
    func bindMethodArguments(_ owner: String, _ name: String, _ args: ArraySlice<Value>, _ kwargs: PyDict?,
                             _ names: [String], required: Int, _ convention: MethodConvention,
                             positionalOnly: Int = 0) throws -> [Value?] {
        let given = args.count
        let hasKeywords = (kwargs?.count ?? 0) > 0
        func plural(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        switch convention {
        case .noArgs:
            if hasKeywords { throw error(types.typeError, "\(owner).\(name)() takes no keyword arguments") }
            if given != 0 { throw error(types.typeError, "\(owner).\(name)() takes no arguments (\(given) given)") }
            return []
        case .oneArg:
            if hasKeywords { throw error(types.typeError, "\(owner).\(name)() takes no keyword arguments") }
            if given != 1 { throw error(types.typeError, "\(owner).\(name)() takes exactly one argument (\(given) given)") }
            return [args[args.startIndex]]
        case .varargs:
            if hasKeywords { throw error(types.typeError, "\(owner).\(name)() takes no keyword arguments") }
            if given < required {
                throw error(types.typeError, "\(name)() takes at least \(required) \(plural(required)) (\(given) given)")
            }
            if given > names.count {
                throw error(types.typeError, "\(name)() takes at most \(names.count) \(plural(names.count)) (\(given) given)")
            }
        case .positional:
            if hasKeywords { throw error(types.typeError, "\(owner).\(name)() takes no keyword arguments") }
            if (given < required || given > names.count) && required == names.count {
                throw error(types.typeError, "\(name) expected \(required) \(plural(required)), got \(given)")
            }
            if given < required {
                throw error(types.typeError, "\(name) expected at least \(required) \(plural(required)), got \(given)")
            }
            if given > names.count {
                throw error(types.typeError, "\(name) expected at most \(names.count) \(plural(names.count)), got \(given)")
            }
        case .keywords:
            if given < positionalOnly {
                throw error(types.typeError, "\(name)() takes at least \(positionalOnly) positional \(plural(positionalOnly)) (\(given) given)")
            }
            if given > names.count {
                throw error(types.typeError, "\(name)() takes at most \(names.count) \(plural(names.count)) (\(given) given)")
            }
        }
        var bound = [Value?](repeating: nil, count: names.count)
        for (i, v) in args.enumerated() { bound[i] = v }
        if let kwargs, convention == .keywords {
            for (key, value) in kwargs.items {
                let k = strValue(key) ?? ""
                guard let i = names.firstIndex(of: k), i >= positionalOnly else {
                    throw error(types.typeError, "'\(k)' is an invalid keyword argument for \(name)()")
                }
                if bound[i] != nil {
                    throw error(types.typeError, "argument for \(name)() given by name ('\(k)') and position (\(i + 1))")
                }
                bound[i] = value
            }
        }
        for i in 0..<required where bound[i] == nil {
            throw error(types.typeError, "\(name)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return bound
    }

    /// `bytes.upper()` / `complex.__add__()` called without self: slot wrappers (dunders)
    /// and method descriptors word it differently.
    func missingSelf(_ owner: String, _ name: String) -> PyException {
        if name.hasPrefix("__") && name.hasSuffix("__") {
            return error(types.typeError, "descriptor '\(name)' of '\(owner)' object needs an argument")
        }
        return error(types.typeError, "unbound method \(owner).\(name)() needs an argument")
    }

    /// A clinic `str` parameter: "decode() argument 'encoding' must be str, not int".
    func strArgument(_ v: Value, _ function: String, _ parameter: String) throws -> String {
        guard let s = strValue(v) else {
            throw error(types.typeError, "\(function)() argument '\(parameter)' must be str, not \(typeName(v))")
        }
        return s
    }

    /// A start/end slice bound of find/count/startswith (None means absent; big ints clamp).
    func sliceBound(_ v: Value?) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigIntObject {
                if let small = Int(exactly: big.value) { return small }
                return big.value.sign == .minus ? Int.min : Int.max
            }
            if o.type.lookup(staticName("__index__")) != nil { return try index(v) }
        default: break
        }
        throw error(types.typeError, "slice indices must be integers or None or have an __index__ method")
    }

    /// ADJUST_INDICES: clamps start/end the way str and bytes searches do.
    func adjustIndices(_ start: Int?, _ end: Int?, _ count: Int) -> (Int, Int) {
        var s = start ?? 0, e = end ?? count
        if e > count { e = count } else if e < 0 { e = Swift.max(0, e &+ count) }
        if s < 0 { s = Swift.max(0, s &+ count) }
        return (s, e)
    }
}
