// Functions and methods as descriptors (function.__get__, method hashing), the type
// attributes that are getset descriptors on `type` (__name__, __qualname__), and the
// builtins module that builtin functions report as their `__self__`.

extension Runtime {
    func installFunctionDescriptors() {
        let t = types
        // A plain function is a non-data descriptor: f.__get__(obj) is a bound method.
        defineMethod(t.function, "__get__") { rt, args, _ in
            guard args.count >= 2, args.count <= 3 else {
                throw rt.descriptorGetArityError(args.count - 1)
            }
            if args[1].isNone {
                if args.count < 3 || args[2].isNone { throw rt.error(rt.types.typeError, "__get__(None, None) is invalid") }
                return args[0]
            }
            return .object(PyMethod(type: rt.types.method, function: args[0], receiver: args[1]))
        }
        // Methods of builtin types bind like functions (method_get / wrapperdescr_get).
        for descriptorType in [t.methodDescriptor, t.wrapperDescriptor] {
            defineMethod(descriptorType, "__get__") { rt, args, _ in
                guard args.count >= 2, args.count <= 3, let b = args[0].object as? PyBuiltinFunction else {
                    throw rt.descriptorGetArityError(args.count - 1)
                }
                if args[1].isNone {
                    if args.count < 3 || args[2].isNone { throw rt.error(rt.types.typeError, "__get__(None, None) is invalid") }
                    return args[0]
                }
                if let owner = b.ownerType, !rt.typeOf(args[1]).isSubtype(of: owner) {
                    throw rt.error(rt.types.typeError, "descriptor '\(b.name)' for '\(owner.name)' objects doesn't apply to a '\(rt.typeName(args[1]))' object")
                }
                return try rt.bindDescriptor(args[0], args[1])
            }
        }
        // classmethod_descriptor.__get__: bound to the class (of the instance).
        defineMethod(t.classMethodDescriptor, "__get__") { rt, args, _ in
            guard args.count >= 2, args.count <= 3, let c = args[0].object as? PyClassMethod else {
                throw rt.descriptorGetArityError(args.count - 1)
            }
            let owner = args.count == 3 && !args[2].isNone ? args[2].object as? PyType : nil
            return try rt.boundClassMethod(c, owner ?? rt.typeOf(args[1]))
        }
        // Calling through the type (`type(len).__call__(len, x)`) is calling the object.
        for callableType in [t.function, t.builtinFunction, t.method, t.methodWrapper, t.methodDescriptor,
                             t.wrapperDescriptor] {
            defineMethod(callableType, "__call__") { rt, args, kwargs in
                try rt.call(args[0], Array(args.dropFirst()), kwargs: kwargs)
            }
        }
        // function.__code__ (a getset) and function.__globals__ (a struct member) as descriptors
        // on the type: types.py takes CodeType, GetSetDescriptorType and MemberDescriptorType
        // from them. Instances read through the same native attributes as before.
        // (Assigning __code__ is not supported: the code of a function is fixed here.)
        for (name, kind) in [("__code__", "attribute"), ("__globals__", "member")] {
            let d = PyGetSetDescriptor(type: kind == "member" ? t.memberDescriptor : t.getsetDescriptor, name: name,
                                       owner: t.function, getter: { rt, obj in
                guard let v = try rt.nativeAttribute(obj, name) else {
                    throw rt.error(rt.types.attributeError, "'\(rt.typeName(obj))' object has no attribute '\(name)'")
                }
                return v
            }, setter: kind == "member" ? { rt, _, _ in throw rt.error(rt.types.attributeError, "readonly attribute") } : nil,
               reprKind: kind)
            t.function.namespace.setString(intern(name), .object(d))
        }
        // types.MethodType(function, instance) (method_new; WeakMethod rebuilds methods so).
        defineStatic(t.method, "__new__") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "method() takes no keyword arguments") }
            guard args.count == 3 else {
                throw rt.error(rt.types.typeError, "method expected 2 arguments, got \(max(0, args.count - 1))")
            }
            guard case .object(let f) = args[1], f is PyFunction || f is PyBuiltinFunction || f is PyMethod || f is PyType
                    || f.type.lookup(rt.staticName("__call__")) != nil else { throw rt.error(rt.types.typeError, "first argument must be callable") }
            if args[2].isNone { throw rt.error(rt.types.typeError, "instance must not be None") }
            return .object(PyMethod(type: rt.types.method, function: args[1], receiver: args[2]))
        }
        // NoneType has a __doc__ (None), which `fget.__doc__` in types.DynamicClassAttribute reads.
        if t.none.namespace.lookupString(staticName("__doc__")) == nil {
            t.none.namespace.setString(staticName("__doc__"), .none)
        }
        // meth_hash: the receiver's identity combined with the function's hash (bound builtin
        // methods and method-wrappers hash the same way; a plain builtin function by identity).
        for boundType in [t.method, t.builtinFunction, t.methodWrapper] {
            defineMethod(boundType, "__hash__") { rt, args, _ in
                guard let m = args[0].object as? PyMethod else {
                    return .int(args[0].object.map { rt.identityHash($0) } ?? 0)
                }
                let receiver: Int
                if case .object(let r) = m.receiver { receiver = rt.identityHash(r) } else { receiver = try rt.hash(m.receiver) }
                let h = receiver ^ (try rt.hash(m.function))
                return .int(h == -1 ? -2 : h)
            }
        }
        for (name, kind) in [("__name__", 0), ("__qualname__", 1)] {
            let d = PyGetSetDescriptor(type: t.getsetDescriptor, name: name, owner: t.type, getter: { rt, obj in
                guard let cls = obj.object as? PyType else { return .none }
                return rt.str(kind == 0 ? cls.name : cls.qualname)
            }, setter: { rt, obj, value in
                guard let cls = obj.object as? PyType else { return }
                guard cls.isHeapType else {
                    throw rt.error(rt.types.typeError, "cannot set '\(name)' attribute of immutable type '\(cls.name)'")
                }
                guard let value else { throw rt.error(rt.types.typeError, "cannot delete '\(name)' attribute of immutable type '\(cls.name)'") }
                guard let text = rt.strValue(value) else {
                    throw rt.error(rt.types.typeError, "can only assign string to \(cls.name).\(name), not '\(rt.typeName(value))'")
                }
                if kind == 0 {
                    if text.unicodeScalars.contains("\0") { throw rt.error(rt.types.valueError, "type name must not contain null characters") }
                    cls.name = text
                } else {
                    cls.qualname = text
                }
            })
            t.type.namespace.setString(intern(name), .object(d))
        }
        // type.__dict__ is a data descriptor of the metatype, so it wins over the
        // `__dict__` descriptor a class holds for its instances.
        let dictDescriptor = PyGetSetDescriptor(type: t.getsetDescriptor, name: "__dict__", owner: t.type) { rt, obj in
            guard let cls = obj.object as? PyType else { return .none }
            return .object(PyMappingProxy(type: rt.types.mappingProxy, mapping: .object(cls.namespace), owner: cls))
        }
        t.type.namespace.setString(staticName("__dict__"), .object(dictDescriptor))
        installGenericAliases()
    }

    /// `__get__(obj, type=None)` called with the wrong number of arguments (CPython's
    /// _PyArg_CheckPositional with an empty name, hence the leading space).
    func descriptorGetArityError(_ given: Int) -> PyException {
        if given < 1 { return error(types.typeError, " expected at least 1 argument, got \(max(0, given))") }
        return error(types.typeError, " expected at most 2 arguments, got \(given)")
    }

    /// The module whose namespace holds builtin function `b` (its `__self__`): builtins, or
    /// an imported native module such as sys.
    func moduleOwning(_ b: PyBuiltinFunction) -> Value {
        if builtins.lookupString(intern(b.name))?.object === b { return .object(builtinsModule()) }
        for (_, value) in sysModules.items {
            if case .object(let module as PyModule) = value,
               module.namespace.lookupString(intern(b.name))?.object === b { return value }
        }
        return .none
    }

    /// The `builtins` module object (the `__self__` of builtin functions such as len).
    func builtinsModule() -> PyModule {
        if let module = imports.builtinsModule { return module }
        let module = PyModule(type: types.module, name: "builtins", namespace: builtins)
        imports.builtinsModule = module
        sysModules.setString(staticName("builtins"), .object(module))
        return module
    }

    /// Attributes of builtin functions, methods of builtin types and native descriptors.
    func builtinCallableAttribute(_ o: PyObject, _ name: String) -> Value? {
        switch o {
        case let b as PyBuiltinFunction:
            switch name {
            case "__self__" where !b.binds: return moduleOwning(b)
            case "__objclass__" where b.binds: return b.ownerType.map { .object($0) }
            case "__text_signature__": return Value.none
            default: return nil
            }
        case let m as PyMethod where m.type !== types.method:
            // A bound builtin method (builtin_function_or_method or method-wrapper).
            switch name {
            case "__self__": return m.receiver
            case "__name__", "__qualname__":
                guard let b = m.function.object as? PyBuiltinFunction else { return nil }
                return str(name == "__name__" ? b.name : "\(b.ownerName.map { "\($0)." } ?? "")\(b.name)")
            case "__objclass__" where m.type === types.methodWrapper:
                return (m.function.object as? PyBuiltinFunction)?.ownerType.map { .object($0) }
            default: return nil
            }
        case let c as PyClassMethod where c.type === types.classMethodDescriptor:
            guard let b = c.function.object as? PyBuiltinFunction else { return nil }
            switch name {
            case "__name__": return str(b.name)
            case "__qualname__": return str("\(b.ownerName ?? "?").\(b.name)")
            case "__objclass__": return b.ownerType.map { .object($0) }
            default: return nil
            }
        case let d as PyNativeDescriptor:
            switch name {
            case "__name__": return str(d.name)
            case "__qualname__": return str("\(d.ownerName).\(d.name)")
            case "__objclass__": return d.owner.map { .object($0) }
            case "__doc__": return Value.none
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The repr of builtin descriptors and bound builtin methods.
    func builtinCallableRepr(_ o: PyObject) -> String? {
        switch o {
        case let b as PyBuiltinFunction:
            guard b.binds, let owner = b.ownerName else { return "<built-in function \(b.name)>" }
            if b.type === types.wrapperDescriptor { return "<slot wrapper '\(b.name)' of '\(owner)' objects>" }
            return "<method '\(b.name)' of '\(owner)' objects>"
        case let m as PyMethod where m.type === types.methodWrapper:
            let name = (m.function.object as? PyBuiltinFunction)?.name ?? "?"
            return "<method-wrapper '\(name)' of \(typeName(m.receiver)) object at \(address(m.receiver.object ?? m))>"
        case let m as PyMethod where m.type === types.builtinFunction:
            let name = (m.function.object as? PyBuiltinFunction)?.name ?? "?"
            if case .object(let r) = m.receiver, let cls = r as? PyType {
                return "<built-in method \(name) of type object at \(address(cls))>"
            }
            return "<built-in method \(name) of \(typeName(m.receiver)) object at \(address(m.receiver.object ?? m))>"
        case let d as PyNativeDescriptor:
            return nativeDescriptorRepr(d)
        case let c as PyClassMethod where c.type === types.classMethodDescriptor:
            guard let b = c.function.object as? PyBuiltinFunction else { return nil }
            return "<method '\(b.name)' of '\(b.ownerName ?? "?")' objects>"
        default:
            return nil
        }
    }
}
