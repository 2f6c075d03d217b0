// Data descriptors implemented in Swift: member_descriptor (one per `__slots__` entry) and
// getset_descriptor (computed attributes of builtin types such as int.real), plus the
// instances of classes with `__slots__`, which keep slot values in a fixed array.

/// A data descriptor whose get/set/delete run Swift code. Attribute lookup treats every
/// subclass as a data descriptor (it wins over the instance `__dict__`).
public class PyNativeDescriptor: PyObject {
    public let name: String
    /// The class whose namespace holds the descriptor (`__objclass__`). Strong although that
    /// namespace holds the descriptor: type objects are immortal (see PyType.subclassRefs).
    public var owner: PyType?
    /// Kept for the messages when the owner is gone (never, in practice).
    let ownerName: String

    init(type: PyType, name: String, owner: PyType) {
        self.name = name
        self.owner = owner
        self.ownerName = owner.name
        super.init(type: type)
    }

    /// `descriptor.__get__(obj)` for an instance `obj` (class access returns the descriptor).
    func get(_ rt: Runtime, _ obj: Value) throws -> Value {
        throw rt.error(rt.types.attributeError, "attribute '\(name)' of '\(ownerName)' objects is not readable")
    }

    /// `descriptor.__set__(obj, value)`, or `__delete__(obj)` when `value` is nil.
    func set(_ rt: Runtime, _ obj: Value, _ value: Value?) throws {
        throw rt.error(rt.types.attributeError, "attribute '\(name)' of '\(ownerName)' objects is not writable")
    }

    /// descr_check: the TypeError for an instance of the wrong class.
    func checkInstance(_ rt: Runtime, _ obj: Value) throws {
        guard let owner, !rt.typeOf(obj).isSubtype(of: owner) else { return }
        throw rt.error(rt.types.typeError,
                       "descriptor '\(name)' for '\(ownerName)' objects doesn't apply to a '\(rt.typeName(obj))' object")
    }
}

/// One `__slots__` entry: reads and writes slot `index` of the instance.
public final class PyMemberDescriptor: PyNativeDescriptor {
    public let index: Int

    init(type: PyType, name: String, owner: PyType, index: Int) {
        self.index = index
        super.init(type: type, name: name, owner: owner)
    }

    override func get(_ rt: Runtime, _ obj: Value) throws -> Value {
        try checkInstance(rt, obj)
        if case .object(let o) = obj, let slotted = o as? PySlottedObject, index < slotted.slots.count,
           !slotted.slots[index].isNull {
            return slotted.slots[index]
        }
        if case .object(let o) = obj, let e = o as? PyBaseException, index < e.slots.count, !e.slots[index].isNull {
            return e.slots[index]
        }
        throw rt.error(rt.types.attributeError, "'\(rt.typeName(obj))' object has no attribute '\(name)'")
    }

    override func set(_ rt: Runtime, _ obj: Value, _ value: Value?) throws {
        try checkInstance(rt, obj)
        // Exception subclasses keep their slots in the exception object.
        if case .object(let o) = obj, let e = o as? PyBaseException {
            if let value {
                if index >= e.slots.count { e.slots += Array(repeating: .null, count: index + 1 - e.slots.count) }
                e.slots[index] = value
                return
            }
            guard index < e.slots.count, !e.slots[index].isNull else { throw rt.error(rt.types.attributeError, name) }
            e.slots[index] = .null
            return
        }
        guard case .object(let o) = obj, let slotted = o as? PySlottedObject, index < slotted.slots.count else {
            throw rt.error(rt.types.attributeError, "'\(rt.typeName(obj))' object has no attribute '\(name)'")
        }
        if let value {
            slotted.slots[index] = value
            return
        }
        // Deleting an unset slot: CPython's message is just the name.
        if slotted.slots[index].isNull { throw rt.error(rt.types.attributeError, name) }
        slotted.slots[index] = .null
    }
}

/// A computed attribute of a builtin type (`int.real`, `function.__name__`).
public final class PyGetSetDescriptor: PyNativeDescriptor {
    let getter: (Runtime, Value) throws -> Value
    let setter: ((Runtime, Value, Value?) throws -> Void)?
    /// "attribute", or "member" for what CPython implements as a struct member.
    let reprKind: String

    init(type: PyType, name: String, owner: PyType, getter: @escaping (Runtime, Value) throws -> Value,
         setter: ((Runtime, Value, Value?) throws -> Void)? = nil, reprKind: String = "attribute") {
        self.getter = getter
        self.setter = setter
        self.reprKind = reprKind
        super.init(type: type, name: name, owner: owner)
    }

    override func get(_ rt: Runtime, _ obj: Value) throws -> Value {
        try checkInstance(rt, obj)
        return try getter(rt, obj)
    }

    override func set(_ rt: Runtime, _ obj: Value, _ value: Value?) throws {
        try checkInstance(rt, obj)
        guard let setter else {
            throw rt.error(rt.types.attributeError,
                           "attribute '\(name)' of '\(ownerName)' objects is not writable")
        }
        try setter(rt, obj, value)
    }
}

/// An instance of a class whose hierarchy declares `__slots__` (plain object layout): the
/// slot values, NULL while unset.
public final class PySlottedObject: PyObject {
    public var slots: [Value]
    init(type: PyType, slotCount: Int) {
        self.slots = Array(repeating: .null, count: slotCount)
        super.init(type: type)
    }

    /// `__del__` runs here, while the slot values still exist (PyObject's deinit runs after
    /// this class's storage is gone); the shell takes the slots (Lifecycle.swift).
    deinit {
        if let t = storedType, t.hasFinalizer { finalizeDying(t) }
    }
}

extension Runtime {
    /// A classmethod bound to `cls`: a bound method, or a builtin method for Swift bodies
    /// (`dict.fromkeys` is a builtin_function_or_method in CPython).
    /// A classmethod wrapping another descriptor (3.9-3.12: `classmethod(property(f))`)
    /// passes the class to that descriptor's __get__ instead.
    func boundClassMethod(_ c: PyClassMethod, _ cls: PyType) throws -> Value {
        if case .object(let f) = c.function {
            if let p = f as? PyProperty { return try propertyGet(p, .object(cls)) }
            if f.type.isHeapType, let get = f.type.lookup(staticName("__get__")) {
                return try callMethodValue(get, c.function, [.object(cls), .object(cls)])
            }
        }
        let kind = c.function.object is PyBuiltinFunction ? types.builtinFunction : types.method
        return .object(PyMethod(type: kind, function: c.function, receiver: .object(cls)))
    }

    /// `__get__`, `__set__`, `__delete__` and the attributes of member and getset descriptors.
    func installNativeDescriptorTypes() {
        for descriptorType in [types.memberDescriptor, types.getsetDescriptor] {
            defineMethod(descriptorType, "__get__") { rt, args, _ in
                guard args.count >= 2, args.count <= 3, let d = args[0].object as? PyNativeDescriptor else {
                    throw rt.descriptorGetArityError(args.count - 1)
                }
                if args[1].isNone, args.count < 3 || !args[2].isNone { return args[0] }
                if args[1].isNone { throw rt.error(rt.types.typeError, "__get__(None, None) is invalid") }
                return try d.get(rt, args[1])
            }
            defineMethod(descriptorType, "__set__") { rt, args, _ in
                guard args.count == 3, let d = args[0].object as? PyNativeDescriptor else {
                    throw rt.error(rt.types.typeError, "expected 2 arguments, got \(max(0, args.count - 1))")
                }
                try d.set(rt, args[1], args[2])
                return .none
            }
            defineMethod(descriptorType, "__delete__") { rt, args, _ in
                guard args.count == 2, let d = args[0].object as? PyNativeDescriptor else {
                    throw rt.error(rt.types.typeError, "expected 1 argument, got \(max(0, args.count - 1))")
                }
                try d.set(rt, args[1], nil)
                return .none
            }
        }
        installNumberGetSets()
    }

    /// int.real and friends as getset descriptors (instances read them through the same path).
    func installNumberGetSets() {
        let entries: [(PyType, [String])] = [(types.int, ["real", "imag", "numerator", "denominator"]),
                                             (types.float, ["real", "imag"])]
        for (owner, names) in entries {
            for name in names {
                let d = PyGetSetDescriptor(type: types.getsetDescriptor, name: name, owner: owner) { rt, obj in
                    guard let v = try rt.numberAttribute(obj, name) else {
                        throw rt.error(rt.types.attributeError, "'\(rt.typeName(obj))' object has no attribute '\(name)'")
                    }
                    return v
                }
                owner.namespace.setString(intern(name), .object(d))
            }
        }
    }

    /// The repr of a native descriptor (`<member 'x' of 'P' objects>`).
    func nativeDescriptorRepr(_ d: PyNativeDescriptor) -> String {
        let kind = (d as? PyGetSetDescriptor)?.reprKind ?? "member"
        return "<\(kind) '\(d.name)' of '\(d.ownerName)' objects>"
    }
}
