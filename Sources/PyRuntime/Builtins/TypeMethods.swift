// Constructors and the most used methods of the builtin types. Each type's table will
// move to Types/<Name>/<Name>+Methods.swift as it grows.
import BigInt
import PyBytecode

extension Runtime {
    func installTypeMethods() {
        let t = types
        // object
        // object_new / object_init: excess arguments are an error unless the other of the
        // pair is overridden (then that one is expected to take them).
        defineStatic(t.object, "__new__") { rt, args, kwargs in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType else {
                if args.isEmpty { throw rt.error(rt.types.typeError, "object.__new__(): not enough arguments") }
                throw rt.error(rt.types.typeError, "object.__new__(X): X is not a type object (\(rt.typeName(args[0])))")
            }
            if args.count > 1 || (kwargs?.count ?? 0) > 0 {
                if rt.overridesObjectMethod(cls, "__new__") {
                    throw rt.error(rt.types.typeError, "object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if !rt.overridesObjectMethod(cls, "__init__") {
                    throw rt.error(rt.types.typeError, "\(cls.name)() takes no arguments")
                }
            }
            return try rt.newInstance(cls, args: Array(args.dropFirst()))
        }
        defineMethod(t.object, "__init__") { rt, args, kwargs in
            if args.count > 1 || (kwargs?.count ?? 0) > 0 {
                let cls = rt.typeOf(args[0])
                if rt.overridesObjectMethod(cls, "__init__") {
                    throw rt.error(rt.types.typeError, "object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if !rt.overridesObjectMethod(cls, "__new__") {
                    throw rt.error(rt.types.typeError, "\(cls.name).__init__() takes exactly one argument (the instance to initialize)")
                }
            }
            return .none
        }
        defineMethod(t.object, "__repr__") { rt, args, _ in
            guard let o = args.first?.object else { return rt.str(try rt.repr(args.first ?? .none)) }
            return rt.str(rt.defaultObjectRepr(o))
        }
        defineMethod(t.object, "__str__") { rt, args, _ in rt.str(try rt.repr(args[0])) }
        defineMethod(t.object, "__hash__") { rt, args, _ in
            guard let o = args.first?.object else { return .int(try rt.hash(args[0])) }
            return .int(rt.identityHash(o))
        }
        defineMethod(t.object, "__eq__") { rt, args, _ in
            args[0].isIdentical(to: args[1]) ? .bool(true) : .object(rt.notImplemented)
        }
        defineClassMethod(t.object, "__subclasshook__") { rt, _, _ in .object(rt.notImplemented) }
        defineMethod(t.object, "__ne__") { rt, args, _ in
            // object.__ne__ inverts the type's own __eq__ (NotImplemented passes through).
            let r: Value
            let t = rt.typeOf(args[0])
            if t !== rt.types.object, !t.isHeapType || !rt.overridesObjectMethod(t, "__eq__") && t.layout != .object {
                // A builtin type's own equality (its tp_richcompare), not object.__eq__'s identity.
                r = try rt.compare(args[0], args[1], .eq)
            } else if let eq = t.lookup(rt.staticName("__eq__")) {
                r = try rt.callMethodValue(eq, args[0], [args[1]])
            } else {
                r = try rt.compare(args[0], args[1], .eq)
            }
            if rt.isNotImplemented(r) { return r }
            return .bool(!(try rt.isTrue(r)))
        }
        defineMethod(t.object, "__setattr__") { rt, args, _ in
            guard let name = rt.strValue(args[1]) else { throw rt.error(rt.types.typeError, "attribute name must be string") }
            try rt.genericSetAttribute(args[0], rt.intern(name), args[2])
            return .none
        }
        defineMethod(t.object, "__getattribute__") { rt, args, _ in
            guard let name = rt.strValue(args[1]) else { throw rt.error(rt.types.typeError, "attribute name must be string") }
            if let v = try rt.genericGetAttribute(args[0], rt.intern(name)) { return v }
            throw rt.attributeError(args[0], rt.intern(name))
        }
        defineMethod(t.object, "__delattr__") { rt, args, kwargs in
            try rt.expectArgs("__delattr__", args.dropFirst(), kwargs, min: 1, max: 1)
            guard let name = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            try rt.genericDeleteAttribute(args[0], rt.intern(name))
            return .none
        }
        defineClassMethod(t.object, "__init_subclass__") { rt, args, kwargs in
            if args.count > 1 {
                throw rt.error(rt.types.typeError, "object.__init_subclass__() takes no arguments (\(args.count - 1) given)")
            }
            if (kwargs?.count ?? 0) > 0 {
                let name = (args.first?.object as? PyType)?.name ?? "object"
                throw rt.error(rt.types.typeError, "\(name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        defineMethod(t.object, "__format__") { rt, args, _ in
            if let spec = rt.strValue(args[1]), !spec.isEmpty {
                throw rt.error(rt.types.typeError, "unsupported format string passed to \(rt.typeName(args[0])).__format__")
            }
            return rt.str(try rt.toStr(args[0]))
        }
        // object.__class__: a data descriptor, so it wins over instance dicts (and gives
        // `type` for classes through the metatype).
        let classDescriptor = PyGetSetDescriptor(type: t.getsetDescriptor, name: "__class__", owner: t.object, getter: { rt, obj in
            .object(rt.typeOf(obj))
        }, setter: { rt, obj, value in
            guard let value else { throw rt.error(rt.types.typeError, "can't delete __class__ attribute") }
            guard case .object(let o) = obj else {
                throw rt.error(rt.types.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            guard case .object(let n) = value, let newType = n as? PyType else {
                throw rt.error(rt.types.typeError, "__class__ must be set to a class, not '\(rt.typeName(value))' object")
            }
            guard o.type.isHeapType, newType.isHeapType else {
                throw rt.error(rt.types.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            guard o.type.layout == newType.layout, o.type.slotCount == newType.slotCount,
                  o.type.instancesHaveDict == newType.instancesHaveDict else {
                throw rt.error(rt.types.typeError, "__class__ assignment: '\(newType.name)' object layout differs from '\(o.type.name)'")
            }
            // The registry of live instances with __del__ (exit, gc) follows the class.
            if o.type.hasFinalizer { o.type.lifecycle.forget(o) }
            o.type = newType
            newType.lifecycle.register(o)
        })
        t.object.namespace.setString(staticName("__class__"), .object(classDescriptor))
        // type
        defineStatic(t.type, "__new__") { rt, args, kwargs in
            guard case .object(let mo) = args.first ?? .null, let meta = mo as? PyType else {
                throw rt.error(rt.types.typeError, "type.__new__(X): X is not a type object")
            }
            if args.count == 2 { return .object(rt.typeOf(args[1])) }
            guard args.count == 4 else { throw rt.error(rt.types.typeError, "type() takes 1 or 3 arguments") }
            guard let name = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "type.__new__() argument 1 must be str, not \(rt.typeName(args[1]))")
            }
            guard let bases = args[2].object as? PyTuple else {
                throw rt.error(rt.types.typeError, "type.__new__() argument 2 must be tuple, not \(rt.typeName(args[2]))")
            }
            guard let ns = args[3].object as? PyDict else {
                throw rt.error(rt.types.typeError, "type.__new__() argument 3 must be dict, not \(rt.typeName(args[3]))")
            }
            if ns.lookupString(rt.staticName("__module__")) == nil, let frame = rt.callerFrame,
               let module = frame.globals.lookupString(rt.staticName("__name__")) {
                ns.setString(rt.staticName("__module__"), module)
            }
            // _PyType_CalculateMetaclass: a more derived metaclass among the bases wins.
            var winner = meta
            for base in bases.items {
                let bt = rt.typeOf(base)
                if bt.isSubtype(of: winner) { winner = bt } else if !winner.isSubtype(of: bt) {
                    throw rt.error(rt.types.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                }
            }
            if winner !== meta, let new = winner.lookup(rt.staticName("__new__")),
               !(new.object is PyBuiltinFunction), !((new.object as? PyStaticMethod)?.function.object is PyBuiltinFunction) {
                let f = (new.object as? PyStaticMethod)?.function ?? new
                return try rt.call(f, [.object(winner)] + Array(args.dropFirst()), kwargs: kwargs)
            }
            return .object(try rt.createClass(winner, name, bases.items, ns, kwargs: kwargs))
        }
        // NoneType(), ellipsis(), NotImplementedType() return the singletons.
        for (singletonType, make) in [(t.none, { (rt: Runtime) -> Value in Value.none }),
                                      (t.ellipsis, { (rt: Runtime) -> Value in .object(rt.ellipsis) }),
                                      (t.notImplemented, { (rt: Runtime) -> Value in .object(rt.notImplemented) })] {
            defineStatic(singletonType, "__new__") { rt, args, kwargs in
                if args.count > 1 || (kwargs?.count ?? 0) > 0 {
                    throw rt.error(rt.types.typeError, "\(singletonType.name) takes no arguments")
                }
                return make(rt)
            }
        }
        defineMethod(t.type, "__init__") { _, _, _ in .none }
        defineMethod(t.type, "__call__") { rt, args, kwargs in
            guard case .object(let o) = args[0], let cls = o as? PyType else { throw rt.error(rt.types.typeError, "bad type call") }
            return try rt.typeCallDefault(cls, Array(args.dropFirst()), kwargs: kwargs)
        }
        defineMethod(t.type, "mro") { rt, args, _ in
            guard case .object(let o) = args[0], let cls = o as? PyType else { return .none }
            return rt.list(cls.mro.map { .object($0) })
        }
        defineMethod(t.type, "__subclasses__") { rt, args, kwargs in
            try rt.expectArgs("type.__subclasses__", args.dropFirst(), kwargs, min: 0, max: 0)
            guard let cls = args[0].object as? PyType else { return rt.list([]) }
            return rt.list(cls.liveSubclasses.map { .object($0) })
        }
        // type.__prepare__: the namespace for a class body, an empty dict whatever the arguments.
        defineClassMethod(t.type, "__prepare__") { rt, _, _ in .object(rt.newDict()) }
        // int, float, str, bool, tuple, list, dict constructors
        defineStatic(t.bool, "__new__") { rt, args, kwargs in
            try rt.expectArgs("bool", args.dropFirst(), kwargs, min: 0, max: 1)
            return .bool(args.count > 1 ? try rt.isTrue(args[1]) : false)
        }
        defineStatic(t.float, "__new__") { rt, args, kwargs in
            try rt.expectArgs("float", args.dropFirst(), kwargs, min: 0, max: 1)
            let value = try rt.floatConstructor(args)
            // A float subclass instance carries its type in a box (plain floats are unboxed).
            if case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls !== rt.types.float,
               cls.isSubtype(of: rt.types.float), case .float(let d) = value {
                return .object(PyBoxedFloat(type: cls, d))
            }
            return value
        }
        defineStatic(t.str, "__new__") { rt, args, kwargs in
            let cls = try rt.setNewClass(args, rt.types.str)
            if args.count > 2 || (kwargs?.count ?? 0) > 0 {
                let text = try rt.strFromEncoded(args.dropFirst(), kwargs)
                return cls === rt.types.str ? text : rt.strSubclassInstance(cls, text)
            }
            let text = args.count > 1 ? try rt.strObject(args[1]) : rt.str("")
            return cls === rt.types.str ? text : rt.strSubclassInstance(cls, text)
        }
        defineStatic(t.tuple, "__new__") { rt, args, kwargs in
            let cls = try rt.setNewClass(args, rt.types.tuple)
            try rt.expectArgs("tuple", args.dropFirst(), kwargs, min: 0, max: 1)
            if cls === rt.types.tuple, args.count == 2, case .object(let o) = args[1], o.type === rt.types.tuple { return args[1] }
            let items = args.count > 1 ? try rt.toArray(args[1]) : []
            return .object(PyTuple(type: cls, items))
        }
        defineStatic(t.list, "__new__") { rt, args, _ in .object(PyList(type: try rt.setNewClass(args, rt.types.list), [])) }
        defineMethod(t.list, "__init__") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "list() takes no keyword arguments") }
            if args.count > 2 { throw rt.error(rt.types.typeError, "list expected at most 1 argument, got \(args.count - 1)") }
            if let l = args[0].object as? PyList { l.items = args.count > 1 ? try rt.toArray(args[1]) : [] }
            return .none
        }
        defineStatic(t.property, "__new__") { rt, args, kwargs in
            let a = Array(args.dropFirst())
            return .object(PyProperty(type: try rt.setNewClass(args, rt.types.property),
                                      getter: a.count > 0 ? a[0] : (rt.keyword(kwargs, "fget") ?? .none),
                                      setter: a.count > 1 ? a[1] : (rt.keyword(kwargs, "fset") ?? .none),
                                      deleter: a.count > 2 ? a[2] : (rt.keyword(kwargs, "fdel") ?? .none),
                                      doc: a.count > 3 ? a[3] : (rt.keyword(kwargs, "doc") ?? .none)))
        }
        defineMethod(t.property, "setter") { rt, args, _ in
            let p = try rt.methodReceiver(args, rt.types.property, "setter", as: PyProperty.self)
            try rt.checkMethodArity("property", "setter", .one, args.count - 1, nil)
            let copy = PyProperty(type: p.type, getter: p.getter, setter: args[1], deleter: p.deleter, doc: p.doc)
            copy.name = p.name
            return .object(copy)
        }
        defineMethod(t.property, "getter") { rt, args, _ in
            let p = try rt.methodReceiver(args, rt.types.property, "getter", as: PyProperty.self)
            try rt.checkMethodArity("property", "getter", .one, args.count - 1, nil)
            let copy = PyProperty(type: p.type, getter: args[1], setter: p.setter, deleter: p.deleter, doc: p.doc)
            copy.name = p.name
            return .object(copy)
        }
        defineMethod(t.property, "deleter") { rt, args, _ in
            let p = try rt.methodReceiver(args, rt.types.property, "deleter", as: PyProperty.self)
            try rt.checkMethodArity("property", "deleter", .one, args.count - 1, nil)
            let copy = PyProperty(type: p.type, getter: p.getter, setter: p.setter, deleter: args[1], doc: p.doc)
            copy.name = p.name
            return .object(copy)
        }
        defineMethod(t.property, "__set_name__") { rt, args, _ in
            if let p = args[0].object as? PyProperty, args.count > 2 { p.name = args[2] }
            return .none
        }
        defineMethod(t.property, "__get__") { rt, args, _ in
            guard let p = args[0].object as? PyProperty else { return .none }
            let obj = args.count > 1 ? args[1] : .none
            if obj.isNone { return args[0] }
            return try rt.propertyGet(p, obj)
        }
        defineMethod(t.property, "__set__") { rt, args, _ in
            guard let p = args[0].object as? PyProperty, args.count > 2 else { return .none }
            try rt.propertySet(p, args[1], args[2])
            return .none
        }
        defineMethod(t.property, "__delete__") { rt, args, _ in
            guard let p = args[0].object as? PyProperty, args.count > 1 else { return .none }
            try rt.propertyDelete(p, args[1])
            return .none
        }
        defineStatic(t.staticMethod, "__new__") { rt, args, _ in .object(PyStaticMethod(type: rt.types.staticMethod, args[1])) }
        // staticmethod objects are callable since 3.10.
        defineMethod(t.staticMethod, "__call__") { rt, args, kwargs in
            guard let sm = args.first?.object as? PyStaticMethod else { throw rt.error(rt.types.typeError, "bad staticmethod call") }
            return try rt.call(sm.function, Array(args.dropFirst()), kwargs: kwargs)
        }
        defineMethod(t.staticMethod, "__get__") { rt, args, _ in
            guard let sm = args.first?.object as? PyStaticMethod else { return .none }
            return sm.function
        }
        defineMethod(t.classMethod, "__get__") { rt, args, _ in
            guard let cm = args.first?.object as? PyClassMethod else { return .none }
            let owner = (args.count > 2 && !args[2].isNone ? args[2].object as? PyType : nil)
                ?? rt.typeOf(args.count > 1 ? args[1] : .none)
            return try rt.boundClassMethod(cm, owner)
        }
        defineStatic(t.classMethod, "__new__") { rt, args, _ in .object(PyClassMethod(type: rt.types.classMethod, args[1])) }
        defineStatic(t.superType, "__new__") { rt, args, _ in
            // Zero-argument super() reads __class__ and the first argument of the calling frame.
            if args.count == 1, let frame = rt.callerFrame { return try rt.zeroArgumentSuper(frame) }
            return try rt.makeSuper(Array(args.dropFirst()))
        }
        defineMethod(t.superType, "__getattribute__") { rt, args, _ in
            guard let s = args[0].object as? PySuper, let name = rt.strValue(args[1]) else { return .none }
            return try rt.superGetAttribute(s, rt.intern(name))
        }
        installContainerMethods()
        installContainerSlots()
        installStrMethods()
        installRangeMethods()
        installNumberMethods()
        installNativeDescriptorTypes()
        installFunctionDescriptors()
        installObjectDefaults()
    }

    /// Whether `cls` resolves `name` to something other than object's own method
    /// (CPython compares tp_new / tp_init with object_new / object_init).
    func overridesObjectMethod(_ cls: PyType, _ name: StaticString) -> Bool {
        let own = types.object.namespace.lookupString(staticName(name))
        guard let found = cls.lookup(staticName(name)) else { return false }
        return !found.isIdentical(to: own ?? .null)
    }

    /// A builtin classmethod (bound to the class it is looked up through).
    func defineClassMethod(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(type: types.builtinFunction, name: name, ownerName: type.name, body: body)
        f.ownerType = type
        type.namespace.setString(intern(name), .object(PyClassMethod(type: types.classMethodDescriptor, .object(f))))
    }

    /// Attribute lookup on a super object: the MRO of the object's type after `startAfter`.
    func superGetAttribute(_ s: PySuper, _ name: PyStrObject) throws -> Value {
        let mro = s.objectType.mro
        if name.value != "__class__", let i = mro.firstIndex(where: { $0 === s.startAfter }) {
            for klass in mro[(i + 1)...] {
                guard let v = klass.namespace.lookupString(name)
                        ?? (klass.isHeapType ? nil : slotWrapper(klass, name.value)) else { continue }
                if case .object(let o) = s.object, let t = o as? PyType, s.objectType === t {
                    // super(C, C): class-level access.
                    if case .object(let a) = v, let c = a as? PyClassMethod {
                        return .object(PyMethod(type: types.method, function: c.function, receiver: s.object))
                    }
                    if case .object(let a) = v, let st = a as? PyStaticMethod { return st.function }
                    return v
                }
                return try bindDescriptor(v, s.object)
            }
        }
        if let v = try genericGetAttribute(.object(s), name) { return v }
        throw error(types.attributeError, "'super' object has no attribute '\(name.value)'")
    }

    /// Instance creation for object.__new__: the layout of the most derived builtin base decides.
    func newInstance(_ cls: PyType, args: [Value]) throws -> Value {
        try checkNotAbstract(cls)
        let instance: PyObject
        switch cls.layout {
        case .baseException: instance = PyBaseException(type: cls, args: args)
        case .list: instance = PyList(type: cls, [])
        case .dict: instance = PyDict(type: cls)
        default: instance = cls.slotCount > 0 ? PySlottedObject(type: cls, slotCount: cls.slotCount) : PyObject(type: cls)
        }
        // Tracked so that instances still alive at exit (or in cycles) get their __del__.
        if cls.hasFinalizer { cls.lifecycle.register(instance) }
        return .object(instance)
    }

    func intConstructor(_ args: [Value], _ kwargs: PyDict?) throws -> Value {
        let a = Array(args.dropFirst())
        try rejectUnknownKeywords(kwargs, allowed: ["base"], function: "int")
        if a.isEmpty {
            if keyword(kwargs, "base") != nil { throw error(types.typeError, "int() missing string argument") }
            return .int(0)
        }
        if a.count == 2 || kwargs?.count ?? 0 > 0 {
            let base = try index(a.count > 1 ? a[1] : (keyword(kwargs, "base") ?? .int(10)))
            guard let text = intSourceText(a[0]) else { throw error(types.typeError, "int() can't convert non-string with explicit base") }
            return try parseInt(text, base: base, original: a[0])
        }
        switch a[0] {
        case .int: return a[0]
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw error(types.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
            return intFromIntegralDouble(d.rounded(.towardZero))
        case .object(let o):
            if let big = o as? PyBigIntObject { return makeInt(big.value) }
            if let f = o as? PyBoxedFloat, o.type.lookup(staticName("__int__"))?.object is PyBuiltinFunction {
                return try intConstructor([.none, .float(f.value)], nil)
            }
            if let text = intSourceText(a[0]) { return try parseInt(text, base: 10, original: a[0]) }
            // PyNumber_Long: __int__, then __index__, then the deprecated __trunc__; each
            // result must be an int (a strict subclass gives its value, with a warning;
            // __trunc__'s may be any Integral with __index__).
            for special in ["__int__", "__index__"] {
                guard let r = try callSpecial(a[0], special, []) else { continue }
                guard isIntValue(r) else {
                    throw error(types.typeError, "\(special) returned non-int (type \(typeName(r)))")
                }
                let exact = try exactInt(r, special)
                return intLikeValue(exact).map { makeInt($0) } ?? exact
            }
            if let trunc = typeOf(a[0]).lookup(staticName("__trunc__")) {
                try warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.")
                let r = try callMethodValue(trunc, a[0], [])
                if isIntValue(r) { return r }
                guard typeOf(r).lookup(staticName("__index__")) != nil else {
                    throw error(types.typeError, "__trunc__ returned non-Integral (type \(typeName(r)))")
                }
                return makeInt(BigInt(try index(r)))
            }
        default: break
        }
        throw error(types.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(a[0]))'")
    }

    /// An integral, finite double as an int (unboxed when it fits, without BigInt).
    func intFromIntegralDouble(_ d: Double) -> Value {
        if d >= -9.223_372_036_854_775_808e18 && d < 9.223_372_036_854_775_808e18 { return .int(Int(d)) }
        return makeInt(BigInt(d))
    }

    /// The text of a str, bytes or bytearray argument of int() (bytes as Latin-1).
    func intSourceText(_ v: Value) -> String? {
        guard case .object(let o) = v else { return nil }
        if let s = o as? PyStrObject { return s.value }
        if let b = o as? PyBytes { return String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })) }
        if let b = o as? PyByteArray { return String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })) }
        return nil
    }

    /// An int or bool value, or an instance of an int subclass.
    func isIntValue(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyBigIntObject || o.type.isSubtype(of: types.int)
        default: return false
        }
    }

    /// An __int__/__index__ result as an exact int: a strict subclass (bool included) is
    /// accepted with CPython's DeprecationWarning.
    func exactInt(_ r: Value, _ special: String) throws -> Value {
        switch r {
        case .int: return r
        case .object(let o) where o.type === types.int: return r
        default:
            try warn("DeprecationWarning", "\(special) returned non-int (type \(typeName(r))).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.")
            if case .bool(let b) = r { return .int(b ? 1 : 0) }
            return r
        }
    }

    func floatConstructor(_ args: [Value]) throws -> Value {
        guard args.count > 1 else { return .float(0) }
        switch args[1] {
        case .float: return args[1]
        case .int(let i): return .float(Double(i))
        case .bool(let b): return .float(b ? 1 : 0)
        case .object(let o):
            if let big = o as? PyBigIntObject { return .float(try bigToDouble(big.value)) }
            if let s = o as? PyStrObject { return .float(try parseFloat(s.value, original: args[1])) }
            if let b = o as? PyBytes {
                return .float(try parseFloat(String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })), original: args[1]))
            }
            if let f = o as? PyBoxedFloat, o.type.lookup(staticName("__float__")) == nil { return .float(f.value) }
            if let method = o.type.lookup(staticName("__float__")) {
                let r = try callMethodValue(method, args[1], [])
                switch r {
                case .float: return r
                case .object(let f as PyBoxedFloat):
                    try warn("DeprecationWarning", "\(typeName(args[1])).__float__ returned non-float (type \(typeName(r))).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.")
                    return .float(f.value)
                default:
                    throw error(types.typeError, "\(o.type.name).__float__ returned non-float (type \(typeName(r)))")
                }
            }
            if let r = try callSpecial(args[1], "__index__", []) { return .float(Double(try index(r))) }
        default: break
        }
        throw error(types.typeError, "float() argument must be a string or a real number, not '\(typeName(args[1]))'")
    }

    /// float(str): Python's float syntax (underscores between digits, any Unicode decimal
    /// digits and whitespace, inf/nan words); ValueError quotes the original argument.
    func parseFloat(_ text: String, original: Value) throws -> Double {
        let failure = { [self] in error(types.valueError, "could not convert string to float: \(try repr(original))") }
        // _PyUnicode_TransformDecimalAndSpaceToASCII: decimal digits of every script count.
        var ascii = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c.value < 0x80 { ascii.append(c); continue }
            if c.properties.isWhitespace { ascii.append(" "); continue }
            if c.properties.numericType == .decimal, let v = c.properties.numericValue, let digit = Unicode.Scalar(48 + Int(v)) {
                ascii.append(digit)
                continue
            }
            throw try failure()
        }
        let trimmed = String(ascii).trimmingWhitespace()
        let u = Array(trimmed.utf8)
        for (i, c) in u.enumerated() where c == UInt8(ascii: "_") {
            func isDigit(_ j: Int) -> Bool { j >= 0 && j < u.count && u[j] >= 48 && u[j] <= 57 }
            guard isDigit(i - 1), isDigit(i + 1) else { throw try failure() }
        }
        let text = trimmed.replacingUnderscores()
        let lower = text.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan": return freshNaN(negative: false)
        case "-nan": return freshNaN(negative: true)
        default: break
        }
        // Swift's Double(String) also takes hex floats and "inf"-like words; Python does not.
        guard !lower.isEmpty, lower.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 101 || $0 == 43 || $0 == 45 }),
              let d = Double(text) else { throw try failure() }
        return d
    }

    /// super() with explicit arguments (the zero-argument form passes __class__ and self).
    func makeSuper(_ args: [Value]) throws -> Value {
        if let first = args.first, !(first.object is PyType) {
            throw error(types.typeError, "super() argument 1 must be a type, not \(typeName(first))")
        }
        guard args.count == 2, case .object(let to) = args[0], let startAfter = to as? PyType else {
            throw error(types.runtimeError, "super(): no arguments")
        }
        let objectType: PyType
        if case .object(let o) = args[1], let t = o as? PyType, t.isSubtype(of: startAfter) { objectType = t }
        else { objectType = typeOf(args[1]) }
        guard objectType.isSubtype(of: startAfter) else {
            throw error(types.typeError, "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(type: types.superType, startAfter: startAfter, object: args[1], objectType: objectType))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
