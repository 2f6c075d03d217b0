// BaseExceptionGroup and ExceptionGroup (PEP 654): the constructor's checks and messages,
// `message`, `exceptions`, `__str__`, `derive`, `split`, `subgroup` and `__class_getitem__`.
// The splitting itself (also used by except*) is in PyExceptionGroup+Split.swift.

/// What BaseExceptionGroup.__new__ stores next to `args`: the message (a str) and the
/// exceptions as a tuple (`args` keeps the sequence as it was passed).
public struct ExceptionGroupFields {
    public let message: Value
    public let exceptions: PyTuple
}

/// The two builtin group types, kept by the runtime so that rebinding the builtins names
/// does not change what except* and split() build.
public struct ExceptionGroupTypes {
    public let base: PyType
    public let group: PyType
}

extension Runtime {
    /// `_PyBaseExceptionGroup_Check`: an instance of BaseExceptionGroup or a subclass.
    func isExceptionGroup(_ e: PyBaseException) -> Bool {
        guard let groupTypes = exceptionGroupTypes else { return false }
        return e.type.isSubtype(of: groupTypes.base) && e.group != nil
    }

    /// Installs the group types' methods; called once the exception hierarchy exists.
    func installExceptionGroupTypes() {
        guard case .object(let bo) = builtins.lookupString(staticName("BaseExceptionGroup")) ?? .none,
              let base = bo as? PyType,
              case .object(let go) = builtins.lookupString(staticName("ExceptionGroup")) ?? .none,
              let group = go as? PyType else { return }
        exceptionGroupTypes = ExceptionGroupTypes(base: base, group: group)
        defineStatic(base, "__new__") { rt, args, _ in
            guard case .object(let o) = args.first ?? .none, let cls = o as? PyType else {
                throw rt.error(rt.types.typeError, "BaseExceptionGroup.__new__(X): X is not a type object")
            }
            guard cls.isSubtype(of: base) else {
                throw rt.error(rt.types.typeError,
                               "BaseExceptionGroup.__new__(\(cls.name)): \(cls.name) is not a subtype of BaseExceptionGroup")
            }
            return .object(try rt.newExceptionGroup(cls, Array(args.dropFirst())))
        }
        defineMethod(base, "__init__") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 {
                throw rt.error(rt.types.typeError, "\(rt.typeName(args[0]))() takes no keyword arguments")
            }
            if let e = args[0].object as? PyBaseException { e.args = Array(args.dropFirst()) }
            return .none
        }
        defineMethod(base, "__str__") { rt, args, _ in
            guard let e = args[0].object as? PyBaseException, let fields = e.group else { return rt.str("") }
            return rt.str(try rt.exceptionGroupStr(fields))
        }
        defineMethod(base, "derive") { rt, args, kwargs in
            try rt.rejectKeywords("BaseExceptionGroup.derive", kwargs)
            guard args.count == 2 else {
                throw rt.error(rt.types.typeError, "function takes exactly 1 argument (\(args.count - 1) given)")
            }
            guard let e = args[0].object as? PyBaseException, let fields = e.group else { return .none }
            return try rt.call(.object(base), [fields.message, args[1]])
        }
        for name in ["split", "subgroup"] {
            defineMethod(base, name) { rt, args, kwargs in
                try rt.rejectKeywords("BaseExceptionGroup.\(name)", kwargs)
                guard args.count == 2 else {
                    throw rt.error(rt.types.typeError, "\(name) expected 1 argument, got \(args.count - 1)")
                }
                guard let e = args[0].object as? PyBaseException else { return .none }
                let matcher = try rt.exceptionGroupMatcher(args[1])
                let parts = try rt.splitExceptionGroup(e, matcher, constructRest: name == "split")
                let match: Value = parts.match.map { .object($0) } ?? .none
                if name == "subgroup" { return match }
                return rt.tuple([match, parts.rest.map { .object($0) } ?? .none])
            }
        }
        defineClassMethod(base, "__class_getitem__") { rt, args, _ in
            guard args.count == 2 else {
                throw rt.error(rt.types.typeError, "__class_getitem__() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            let parameters = (args[1].object as? PyTuple)?.items ?? [args[1]]
            return .object(PyGenericAlias(type: rt.types.genericAlias, origin: args[0], args: parameters))
        }
        // Read-only struct members in CPython.
        let members: [(String, (ExceptionGroupFields) -> Value)] = [
            ("message", { $0.message }), ("exceptions", { .object($0.exceptions) }),
        ]
        for (name, read) in members {
            let d = PyGetSetDescriptor(type: types.memberDescriptor, name: name, owner: base, getter: { _, obj in
                guard let e = obj.object as? PyBaseException, let fields = e.group else { return .none }
                return read(fields)
            }, setter: { rt, _, _ in
                throw rt.error(rt.types.attributeError, "readonly attribute")
            }, reprKind: "member")
            base.namespace.setString(intern(name), .object(d))
        }
    }

    /// BaseExceptionGroup.__str__: "message (N sub-exceptions)".
    func exceptionGroupStr(_ fields: ExceptionGroupFields) throws -> String {
        let count = fields.exceptions.items.count
        return "\(try toStr(fields.message)) (\(count) sub-exception\(count > 1 ? "s" : ""))"
    }

    /// `_PyArg_NoKeywords`: "f() takes no keyword arguments".
    private func rejectKeywords(_ name: String, _ kwargs: PyDict?) throws {
        if let kwargs, kwargs.count > 0 { throw error(types.typeError, "\(name)() takes no keyword arguments") }
    }

    /// BaseExceptionGroup.__new__(cls, message, exceptions): the checks in CPython's order;
    /// BaseExceptionGroup itself becomes ExceptionGroup when every member is an Exception.
    /// Keywords are ignored here; __init__ rejects them.
    func newExceptionGroup(_ requested: PyType, _ args: [Value]) throws -> PyBaseException {
        guard args.count == 2 else {
            throw error(types.typeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        guard args[0].object is PyStrObject else {
            throw error(types.typeError, "BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(args[0]))")
        }
        guard try sequenceCheck(args[1]) else {
            throw error(types.typeError, "second argument (exceptions) must be a sequence")
        }
        let members = try toArray(args[1])
        guard !members.isEmpty else {
            throw error(types.valueError, "second argument (exceptions) must be a non-empty sequence")
        }
        var nestsBaseExceptions = false
        for (i, member) in members.enumerated() {
            guard let e = member.object as? PyBaseException else {
                throw error(types.valueError, "Item \(i) of second argument (exceptions) is not an exception")
            }
            if !e.type.isSubtype(of: types.exception) { nestsBaseExceptions = true }
        }
        var cls = requested
        if let groupTypes = exceptionGroupTypes {
            if cls === groupTypes.group {
                if nestsBaseExceptions { throw error(types.typeError, "Cannot nest BaseExceptions in an ExceptionGroup") }
            } else if cls === groupTypes.base {
                if !nestsBaseExceptions { cls = groupTypes.group }
            } else if nestsBaseExceptions && cls.isSubtype(of: types.exception) {
                throw error(types.typeError, "Cannot nest BaseExceptions in '\(cls.name)'")
            }
        }
        let group = PyBaseException(type: cls, args: args)
        group.group = ExceptionGroupFields(message: args[0], exceptions: PyTuple(type: types.tuple, members))
        return group
    }

    /// `_PyExc_CreateExceptionGroup(message, excs)`: BaseExceptionGroup(message, excs), with
    /// `excs` the list or tuple CPython passes (it shows in `args`).
    func makeExceptionGroup(_ message: String, _ members: Value) throws -> PyBaseException {
        guard let groupTypes = exceptionGroupTypes else {
            throw error(types.systemError, "exception groups are not available")
        }
        return try newExceptionGroup(groupTypes.base, [str(message), members])
    }

    /// PySequence_Check: not a dict; a builtin sequence or a class defining __getitem__.
    func sequenceCheck(_ v: Value) throws -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyDict { return false }
        if o is PyList || o is PyTuple || o is PyStrObject || o is PyBytes || o is PyByteArray || o is PyRange
            || o is PyMemoryView {
            return true
        }
        return o.type.isHeapType && o.type.lookup(staticName("__getitem__")) != nil
    }
}
