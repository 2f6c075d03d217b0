// `tuple` storage.

public final class PyTuple: PyObject {
    /// Never changed after creation; a `var` only so that deinit can release the items in
    /// CPython's order.
    public private(set) var items: [Value]
    public init(type: PyType, _ items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    /// tupledealloc: the last item is released first; deep nesting goes through the trashcan.
    deinit {
        if items.isEmpty { return }
        storedType?.lifecycle.releaseItemsLastFirst(&items)
    }
}
