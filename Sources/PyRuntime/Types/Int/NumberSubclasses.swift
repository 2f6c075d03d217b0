// Instances of user subclasses of int and float. An int subclass instance is a
// PyBigIntObject whose type is the subclass (its value may be small); a float subclass
// instance is a PyBoxedFloat. Plain ints and floats stay unboxed `Value`s, so the fast paths
// never see these: the protocol unboxes them (`unboxedNumber`) where no Python-level dunder
// of the subclass applies, and the builtin methods of int and float receive the plain value.

extension Runtime {
    /// Wraps the builtin methods of int and float so that `self` arrives as a plain number.
    func unboxNumberMethodReceivers() {
        for type in [types.int, types.float] {
            for (key, value) in type.namespace.items {
                guard case .object(let o) = value, let f = o as? PyBuiltinFunction, let name = strValue(key) else { continue }
                let body = f.body
                let wrapped = PyBuiltinFunction(type: types.builtinFunction, name: f.name, ownerName: f.ownerName) { rt, args, kwargs in
                    guard let first = args.first, case .object(let so) = first, so.type.isHeapType else {
                        return try body(rt, args, kwargs)
                    }
                    var plain = args
                    plain[0] = rt.unboxedNumber(first)
                    return try body(rt, plain, kwargs)
                }
                type.namespace.setString(intern(name), .object(wrapped))
            }
        }
    }
}
