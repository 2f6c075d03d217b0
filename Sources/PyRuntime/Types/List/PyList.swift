// `list` storage.

public final class PyList: PyObject {
    public var items: [Value]
    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    /// list_dealloc: the last item is released first; deep nesting goes through the trashcan.
    deinit {
        if let t = storedType, t.hasFinalizer { finalizeDying(t) }
        if items.isEmpty { return }
        storedType?.lifecycle.releaseItemsLastFirst(&items)
    }
}
