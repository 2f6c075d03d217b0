// Argument checking for builtins in one place, so their TypeError texts are uniform.

extension Runtime {
    /// Checks a positional-only builtin's argument count (CPython's wording).
    /// Generic so that methods pass `args.dropFirst()` (a slice) without copying an array.
    func expectArgs<Arguments: Collection>(_ name: String, _ args: Arguments, _ kwargs: PyDict?,
                                           min: Int, max: Int) throws where Arguments.Element == Value {
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

    /// Registers a method in a builtin type's namespace; `self` is args[0]. The receiver is
    /// checked here, once for all methods (`list.append("x", 1)` is a TypeError, never a
    /// failed cast in a body), so bodies may assume args[0] is an instance of `type`.
    func defineMethod(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let isSlot = Runtime.isSlotWrapper(name, of: type)
        let f = PyBuiltinFunction(type: isSlot ? types.wrapperDescriptor : types.methodDescriptor, name: name,
                                  ownerName: type.name) { [type] rt, args, kwargs in
            guard let receiver = args.first else {
                throw rt.error(rt.types.typeError, isSlot ? "descriptor '\(name)' of '\(type.name)' object needs an argument"
                                                          : "unbound method \(type.name).\(name)() needs an argument")
            }
            if case .object(let o) = receiver, o.type === type {
                return try body(rt, args, kwargs)
            }
            guard rt.typeOf(receiver).isSubtype(of: type) else {
                throw rt.error(rt.types.typeError, isSlot
                    ? "descriptor '\(name)' requires a '\(type.name)' object but received a '\(rt.typeName(receiver))'"
                    : "descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(rt.typeName(receiver))' object")
            }
            return try body(rt, args, kwargs)
        }
        f.ownerType = type
        type.namespace.setString(intern(name), .object(f))
    }

    func defineStatic(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(type: types.builtinFunction, name: name, ownerName: type.name, body: body)
        f.ownerType = type
        type.namespace.setString(intern(name), .object(PyStaticMethod(type: types.staticMethod, .object(f))))
    }

    /// Whether CPython implements the special method `name` of a builtin type through a type
    /// slot (a `wrapper_descriptor`, bound as a `method-wrapper`) rather than a method table
    /// entry (`method_descriptor`). list and dict list `__getitem__` as plain methods too.
    static func isSlotWrapper(_ name: String, of type: PyType) -> Bool {
        guard slotWrapperNames.contains(name) else { return false }
        if name == "__getitem__" && (type.name == "list" || type.name == "dict") { return false }
        if name == "__contains__" && type.name == "dict" { return false }
        return true
    }

    static let slotWrapperNames: Set<String> = [
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
        "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
        "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
        "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
        "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
        "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
        "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
        "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
        "__delitem__", "__contains__",
    ]

    /// Binds the arguments of a builtin declared with Argument Clinic (positional-or-keyword
    /// parameters `names`, the first `required` of them required), with its error messages.
    func bindArguments(_ function: String, _ positional: [Value], _ kwargs: PyDict?, names: [String],
                       required: Int) throws -> [Value?] {
        let given = positional.count + (kwargs?.count ?? 0)
        guard given <= names.count else {
            throw error(types.typeError, "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        var bound: [Value?] = positional.map { $0 } + Array(repeating: nil, count: names.count - positional.count)
        var unknown: String? = nil
        for (key, value) in kwargs?.items ?? [] {
            let keyName = strValue(key) ?? ""
            guard let index = names.firstIndex(of: keyName) else {
                unknown = unknown ?? keyName
                continue
            }
            if bound[index] != nil {
                throw error(types.typeError, "argument for \(function)() given by name ('\(keyName)') and position (\(index + 1))")
            }
            bound[index] = value
        }
        // _PyArg_UnpackKeywords reports a missing argument before an unknown keyword.
        for index in 0..<required where bound[index] == nil {
            throw error(types.typeError, "\(function)() missing required argument '\(names[index])' (pos \(index + 1))")
        }
        if let unknown { throw error(types.typeError, "'\(unknown)' is an invalid keyword argument for \(function)()") }
        return bound
    }
}
