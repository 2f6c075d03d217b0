// Hash slots of the mutable containers (their methods live in Types/<T>/; str's in Types/Str/).

extension Runtime {
    func installContainerMethods() {
        let t = types
        // keys/values/items return views (Types/Dict/PyDictView.swift).
        // Mutable containers are unhashable (tp_hash = PyObject_HashNotImplemented).
        t.list.namespace.setString(staticName("__hash__"), .none)
        t.dict.namespace.setString(staticName("__hash__"), .none)
    }
}
