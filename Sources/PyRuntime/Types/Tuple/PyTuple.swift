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
        guard let lifecycle = storedType?.lifecycle else { return }
        if lifecycle.mustDefer {
            lifecycle.trash.append(contentsOf: items)
            return
        }
        lifecycle.depth += 1
        while !items.isEmpty { _ = items.removeLast() }
        lifecycle.depth -= 1
        if lifecycle.depth == 0, !lifecycle.trash.isEmpty { lifecycle.drainTrash() }
    }
}
