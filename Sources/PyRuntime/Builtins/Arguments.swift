// Argument checking for builtins in one place, so their TypeError texts are uniform.

extension Runtime {
    /// Checks a positional-only builtin's argument count (CPython's wording).
    func expectArgs(_ name: String, _ args: [Value], _ kwargs: PyDict?, min: Int, max: Int) throws {
        if let kwargs, kwargs.count > 0 {
            throw error(types.typeError, "\(name)() takes no keyword arguments")
        }
        if args.count < min || args.count > max {
            if min == max {
                if min == 0 { throw error(types.typeError, "\(name)() takes no arguments (\(args.count) given)") }
                if min == 1 { throw error(types.typeError, "\(name)() takes exactly one argument (\(args.count) given)") }
                throw error(types.typeError, "\(name) expected \(min) arguments, got \(args.count)")
            }
            if args.count < min {
                throw error(types.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
            }
            throw error(types.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    /// TypeError "'x' is an invalid keyword argument for f()" for a keyword not in `allowed`.
    func rejectUnknownKeywords(_ kwargs: PyDict?, allowed: [String], function: String) throws {
        guard let kwargs else { return }
        for (k, _) in kwargs.items {
            let name = strValue(k) ?? ""
            if !allowed.contains(name) {
                throw error(types.typeError, "'\(name)' is an invalid keyword argument for \(function)()")
            }
        }
    }

    func keyword(_ kwargs: PyDict?, _ name: String) -> Value? {
        kwargs?.lookupString(intern(name))
    }

    func strValue(_ v: Value) -> String? {
        if case .object(let o) = v, let s = o as? PyStrObject { return s.value }
        return nil
    }

    /// Registers a builtin function in the builtins namespace.
    func defineBuiltin(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        builtins.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
    }

    /// Registers a method in a builtin type's namespace; `self` is args[0].
    func defineMethod(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        type.namespace.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name,
                                                                         ownerName: type.name, body: body)))
    }

    func defineStatic(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(type: types.builtinFunction, name: name, ownerName: type.name, body: body)
        type.namespace.setString(intern(name), .object(PyStaticMethod(type: types.staticMethod, .object(f))))
    }
}
