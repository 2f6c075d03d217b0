// property, staticmethod, classmethod, super, and the float/complex boxes used when a
// subclass instance must carry its own type.

public final class PyProperty: PyObject {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value
    /// Set by __set_name__ (3.10+); used in the "has no setter" messages.
    public var name: Value = .none
    init(type: PyType, getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    init(type: PyType, _ function: Value) {
        self.function = function
        super.init(type: type)
    }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    init(type: PyType, _ function: Value) {
        self.function = function
        super.init(type: type)
    }
}

public final class PySuper: PyObject {
    public let startAfter: PyType
    public let object: Value
    public let objectType: PyType
    init(type: PyType, startAfter: PyType, object: Value, objectType: PyType) {
        self.startAfter = startAfter
        self.object = object
        self.objectType = objectType
        super.init(type: type)
    }
}

/// A float or complex whose type is a user subclass (plain floats are `Value.float`).
public final class PyBoxedFloat: PyObject {
    public let value: Double
    init(type: PyType, _ value: Double) {
        self.value = value
        super.init(type: type)
    }
}
