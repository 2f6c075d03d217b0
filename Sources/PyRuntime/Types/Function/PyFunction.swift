// Python functions (code + globals + defaults + closure), cells, bound methods, and
// functions implemented in Swift.

public final class PyFunction: PyObject {
    public let code: PyCodeObject
    public let globals: PyDict
    public var name: String
    public var qualname: String
    public var defaults: [Value]
    public var kwdefaults: PyDict?
    public var closure: [PyCell]
    public var annotations: Value = .none
    public var doc: Value = .none
    public var module: Value = .none
    /// The number of positional parameters when a call with exactly that many positional
    /// arguments needs no binding (no defaults used, no *args/**kwargs/keyword-only), else -1.
    let simplePositionalCount: Int

    init(type: PyType, code: PyCodeObject, globals: PyDict) {
        self.code = code
        self.simplePositionalCount = code.isSimplePositional ? Int(code.code.argcount) : -1
        self.globals = globals
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = []
        self.closure = []
        super.init(type: type)
    }
}

public final class PyCell: PyObject {
    public var contents: Value
    init(type: PyType, _ contents: Value) {
        self.contents = contents
        super.init(type: type)
    }
}

public final class PyMethod: PyObject {
    public let function: Value
    public let receiver: Value
    init(type: PyType, function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: type)
    }
}

/// A function implemented in Swift. `self` (for methods) arrives as the first argument.
/// Its Python type says what it is: `builtin_function_or_method` (len; never bound to an
/// instance), `method_descriptor` or `wrapper_descriptor` (list.append, int.__add__: bound
/// when looked up through an instance).
public final class PyBuiltinFunction: PyObject {
    public typealias Body = (Runtime, [Value], PyDict?) throws -> Value
    public let name: String
    public let body: Body
    /// For builtin methods: the type whose namespace holds it (for error messages and binding).
    public let ownerName: String?
    /// The owning type itself (`__objclass__`). Strong although the type's namespace holds
    /// us: type objects are immortal (see PyType.subclassRefs).
    public var ownerType: PyType?
    /// True for methods of builtin types: a lookup through an instance binds them.
    public let binds: Bool

    init(type: PyType, name: String, ownerName: String? = nil, body: @escaping Body) {
        self.name = name
        self.body = body
        self.ownerName = ownerName
        self.binds = ownerName != nil
        super.init(type: type)
    }
}

public final class PyModule: PyObject {
    /// Set again by `module.__init__` (types.ModuleType(name)).
    public internal(set) var name: String
    public let namespace: PyDict
    init(type: PyType, name: String, namespace: PyDict) {
        self.name = name
        self.namespace = namespace
        super.init(type: type)
        self.dict = namespace
    }
}
