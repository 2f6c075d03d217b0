// `list` storage.

public final class PyList: PyObject {
    public var items: [Value]
    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }
}
