// Calling: Python functions (a new frame run by the eval loop), Swift builtins, bound
// methods, classes (instance creation and __init__) and objects with __call__.

extension Runtime {
    /// `callable(*args, **kwargs)` from native code.
    public func call(_ callable: Value, _ args: [Value], kwargs: PyDict? = nil) throws -> Value {
        guard case .object(let o) = callable else {
            throw error(types.typeError, "'\(typeName(callable))' object is not callable")
        }
        switch o {
        case let f as PyFunction:
            let frame = try makeFrame(f, args, kwargs: kwargs)
            return try runNative(frame)
        case let b as PyBuiltinFunction:
            return try b.body(self, args, kwargs)
        case let m as PyMethod:
            return try call(m.function, [m.receiver] + args, kwargs: kwargs)
        case let t as PyType:
            return try callType(t, args, kwargs: kwargs)
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
                return try call(method, [receiver] + args, kwargs: kwargs)
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
        guard let new = t.lookup(staticName("__new__")) else {
            throw error(types.typeError, "cannot create '\(t.name)' instances")
        }
        let newFunction: Value
        if case .object(let s) = new, let sm = s as? PyStaticMethod { newFunction = sm.function } else { newFunction = new }
        let instance = try call(newFunction, [.object(t)] + args, kwargs: kwargs)
        guard typeOf(instance).isSubtype(of: t) else { return instance }
        if let initializer = t.lookup(staticName("__init__")) {
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

    /// Returns a frame's slots to the data stack. Slots at or above the frame's stack
    /// pointer are always NULL, so only the live part is destroyed.
    /// The one guard for native re-entry (RELIABILITY.md): with known stack bounds, keep
    /// 256 KiB in reserve; otherwise allow a conservative number of nested re-entries.
    @inline(never)
    func nativeStackExhausted() -> Bool {
        if nativeStackLimit == 0 { return nativeDepth > 100 }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here < nativeStackLimit + 256 * 1024
    }

    func releaseFrame(_ frame: Frame, live: Int? = nil) {
        stack.release(frame.slots, frame.slotCount, live: live ?? frame.slotCount)
        frame.function = nil
        frame.locals = nil
        frame.previous = nil
        frame.kwNames = nil
        if framePool.count < 256 { framePool.append(frame) }
    }
}
