// `tuple` storage.

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }
}
