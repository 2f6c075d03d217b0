// Calling: Python functions (a new frame run by the eval loop), Swift builtins, bound
// methods, classes (instance creation and __init__) and objects with __call__.

extension Runtime {
    /// `callable(*args, **kwargs)` from native code.
    public func call(_ callable: Value, _ args: [Value], kwargs: PyDict? = nil) throws -> Value {
        guard case .object(let o) = callable else {
            throw error(types.typeError, "'\(typeName(callable))' object is not callable")
        }
        // Exact class checks (metadata compares), not dynamic casts: these classes are final.
        let kind = type(of: o)
        if kind == PyBuiltinFunction.self {
            return try unsafeDowncast(o, to: PyBuiltinFunction.self).body(self, args, kwargs)
        }
        if kind == PyFunction.self {
            let frame = try makeFrame(unsafeDowncast(o, to: PyFunction.self), args, kwargs: kwargs)
            return try runNative(frame)
        }
        if kind == PyType.self {
            return try callType(unsafeDowncast(o, to: PyType.self), args, kwargs: kwargs)
        }
        switch o {
        case let m as PyMethod:
            var bound = [Value]()
            bound.reserveCapacity(args.count + 1)
            bound.append(m.receiver)
            bound.append(contentsOf: args)
            return try call(m.function, bound, kwargs: kwargs)
        default:
            if let method = o.type.lookup(staticName("__call__")) {
                return try callMethodValue(method, callable, args, kwargs: kwargs)
            }
            throw error(types.typeError, "'\(o.type.name)' object is not callable")
        }
    }

    /// Calls `method` (a raw class attribute) with `receiver` bound as first argument.
    public func callMethodValue(_ method: Value, _ receiver: Value, _ args: [Value],
                                kwargs: PyDict? = nil) throws -> Value {
        if case .object(let m) = method {
            if m is PyFunction || m is PyBuiltinFunction {
                var bound = [Value]()
                bound.reserveCapacity(args.count + 1)
                bound.append(receiver)
                bound.append(contentsOf: args)
                return try call(method, bound, kwargs: kwargs)
            }
            if let s = m as? PyStaticMethod { return try call(s.function, args, kwargs: kwargs) }
            if let c = m as? PyClassMethod {
                return try call(c.function, [.object(typeOf(receiver))] + args, kwargs: kwargs)
            }
        }
        let bound = try bindDescriptor(method, receiver)
        return try call(bound, args, kwargs: kwargs)
    }

    public func callMethod(_ method: Value, _ receiver: PyObject, _ args: [Value]) throws -> Value {
        try callMethodValue(method, .object(receiver), args)
    }

    /// Calls the special method `name` looked up on the type of `receiver`, nil if absent.
    func callSpecial(_ receiver: Value, _ name: String, _ args: [Value]) throws -> Value? {
        guard let method = typeOf(receiver).lookup(intern(name)) else { return nil }
        return try callMethodValue(method, receiver, args)
    }

    /// Instantiation: `type(x)`, builtin constructors, or __new__ + __init__ for classes.
    func callType(_ t: PyType, _ args: [Value], kwargs: PyDict?) throws -> Value {
        // range() of machine ints, the most common call of a type in loops.
        if t === types.range, kwargs == nil || kwargs!.count == 0, let r = smallRange(args) { return r }
        if t === types.type && args.count == 1 && (kwargs?.count ?? 0) == 0 {
            return .object(typeOf(args[0]))
        }
        // A metaclass with its own __call__.
        if t.type !== types.type, let call = t.type.lookup(staticName("__call__")),
           !(call.object is PyBuiltinFunction) {
            return try callMethodValue(call, .object(t), args, kwargs: kwargs)
        }
        return try typeCallDefault(t, args, kwargs: kwargs)
    }

    /// type.__call__: obj = cls.__new__(cls, ...); if isinstance(obj, cls): obj.__init__(...).
    func typeCallDefault(_ t: PyType, _ args: [Value], kwargs: PyDict?) throws -> Value {
        // A builtin type's attributes cannot change: its __new__/__init__ pair is resolved once.
        if !t.isHeapType && !t.hasFinalizer {
            let construction: (new: Value, initializer: Value?)
            if let cached = t.builtinConstruction {
                construction = cached
            } else {
                guard let new = t.lookup(staticName("__new__")) else {
                    throw error(types.typeError, "cannot create '\(t.name)' instances")
                }
                let newFunction: Value
                if case .object(let s) = new, let sm = s as? PyStaticMethod { newFunction = sm.function } else { newFunction = new }
                var initializer = t.lookup(staticName("__init__"))
                if initializer?.object === types.object.namespace.lookupString(staticName("__init__"))?.object { initializer = nil }
                construction = (newFunction, initializer)
                t.builtinConstruction = construction
            }
            var newArgs = [Value]()
            newArgs.reserveCapacity(args.count + 1)
            newArgs.append(.object(t))
            newArgs.append(contentsOf: args)
            let instance = try call(construction.new, newArgs, kwargs: kwargs)
            guard let initializer = construction.initializer, typeOf(instance).isSubtype(of: t) else { return instance }
            let result = try callMethodValue(initializer, instance, args, kwargs: kwargs)
            if !result.isNone {
                throw error(types.typeError, "__init__() should return None, not '\(typeName(result))'")
            }
            return instance
        }
        guard let new = t.lookup(staticName("__new__")) else {
            throw error(types.typeError, "cannot create '\(t.name)' instances")
        }
        let newFunction: Value
        if case .object(let s) = new, let sm = s as? PyStaticMethod { newFunction = sm.function } else { newFunction = new }
        var newArgs = [Value]()
        newArgs.reserveCapacity(args.count + 1)
        newArgs.append(.object(t))
        newArgs.append(contentsOf: args)
        let instance = try call(newFunction, newArgs, kwargs: kwargs)
        if t.hasFinalizer, case .object(let o) = instance { o.type.lifecycle.register(o) }  // for exit and gc
        guard typeOf(instance).isSubtype(of: t) else { return instance }
        if let initializer = t.lookup(staticName("__init__")),
           t.isHeapType || initializer.object !== types.object.namespace.lookupString(staticName("__init__"))?.object {
            // (A builtin type's inherited object.__init__ has nothing to do: skipped.)
            let result = try callMethodValue(initializer, instance, args, kwargs: kwargs)
            if !result.isNone {
                throw error(types.typeError, "__init__() should return None, not '\(typeName(result))'")
            }
        }
        return instance
    }

    /// Runs a frame from native code (a builtin calling back into Python), guarded.
    func runNative(_ frame: Frame) throws -> Value {
        nativeDepth += 1
        // The builtin that re-entered may still read callerFrame (warnings, globals()):
        // calls made by the nested frames must not leave it pointing at them.
        let caller = callerFrame
        defer {
            nativeDepth -= 1
            callerFrame = caller
        }
        if nativeStackExhausted() || depth > recursionLimit {
            releaseFrame(frame)
            throw error(types.recursionError, "maximum recursion depth exceeded")
        }
        frame.isEntry = true
        return try run(frame)
    }

    /// The one guard for native re-entry (RELIABILITY.md): with known stack bounds, keep
    /// 256 KiB in reserve; otherwise allow a conservative number of nested re-entries.
    @inline(never)
    func nativeStackExhausted() -> Bool {
        if nativeStackLimit == 0 { return nativeDepth > 100 }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here < nativeStackLimit + 256 * 1024
    }


    /// `range(...)` when every argument is an int and the step is not zero, else nil.
    @inline(__always)
    private func smallRange(_ args: [Value]) -> Value? {
        var bounds = (start: 0, stop: 0, step: 1)
        switch args.count {
        case 1:
            guard case .int(let stop) = args[0] else { return nil }
            bounds.stop = stop
        case 2:
            guard case .int(let start) = args[0], case .int(let stop) = args[1] else { return nil }
            bounds = (start, stop, 1)
        case 3:
            guard case .int(let start) = args[0], case .int(let stop) = args[1], case .int(let step) = args[2], step != 0 else { return nil }
            bounds = (start, stop, step)
        default:
            return nil
        }
        return .object(PyRange(type: types.range, start: bounds.start, stop: bounds.stop, step: bounds.step))
    }
}
