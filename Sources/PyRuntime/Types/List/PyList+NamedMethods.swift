// The named methods of list and tuple (append, pop, index, sort, ...) with CPython's
// receiver and argument-count errors. Comparisons call back into Python and may change the
// list, so every loop re-reads the live size instead of trusting an index it computed.

extension Runtime {
    /// `self` of a list/tuple method called through the type (`list.append(5, 1)`).
    func methodReceiver<T: PyObject>(_ args: [Value], _ owner: PyType, _ name: String, as: T.Type) throws -> T {
        guard let first = args.first else {
            throw error(types.typeError, "unbound method \(owner.name).\(name)() needs an argument")
        }
        guard case .object(let o) = first, let receiver = o as? T else {
            throw error(types.typeError, "descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(typeName(first))' object")
        }
        return receiver
    }

    /// list.index / tuple.index: the first position in [start, stop) equal to `value`.
    func sequenceIndex(_ items: () -> [Value], _ args: [Value], _ kwargs: PyDict?) throws -> Int? {
        try expectArgs("index", args.dropFirst(), kwargs, min: 1, max: 3)
        var (i, stop) = adjustIndices(try sliceBound(args.count > 2 ? args[2] : nil),
                                      try sliceBound(args.count > 3 ? args[3] : nil), items().count)
        while i < stop {
            let current = items()
            guard i < current.count else { break }
            if try equal(current[i], args[1]) { return i }
            i += 1
        }
        return nil
    }

    func installListNamedMethods() {
        let t = types
        defineMethod(t.list, "append") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "append", as: PyList.self)
            try rt.checkMethodArity("list", "append", .one, args.count - 1, kwargs)
            try rt.appendAccounted(l, args[1])
            return .none
        }
        defineMethod(t.list, "extend") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "extend", as: PyList.self)
            try rt.checkMethodArity("list", "extend", .one, args.count - 1, kwargs)
            let items = try rt.toArray(args[1])
            l.items += items
            return .none
        }
        defineMethod(t.list, "pop") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "pop", as: PyList.self)
            try rt.expectArgs("pop", args.dropFirst(), kwargs, min: 0, max: 1)
            let i = args.count > 1 ? try rt.index(args[1]) : -1
            if l.items.isEmpty { throw rt.error(rt.types.indexError, "pop from empty list") }
            guard let j = rt.normalizedIndex(i, l.items.count) else { throw rt.error(rt.types.indexError, "pop index out of range") }
            return l.items.remove(at: j)
        }
        defineMethod(t.list, "insert") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "insert", as: PyList.self)
            try rt.expectArgs("insert", args.dropFirst(), kwargs, min: 2, max: 2)
            var i = try rt.index(args[1])
            let n = l.items.count
            if i < 0 { i = i < -n ? 0 : i + n }
            l.items.insert(args[2], at: min(i, n))
            return .none
        }
        defineMethod(t.list, "remove") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "remove", as: PyList.self)
            try rt.checkMethodArity("list", "remove", .one, args.count - 1, kwargs)
            var i = 0
            while i < l.items.count {
                if try rt.equal(l.items[i], args[1]) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw rt.error(rt.types.valueError, "list.remove(x): x not in list")
        }
        defineMethod(t.list, "index") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "index", as: PyList.self)
            if let i = try rt.sequenceIndex({ l.items }, args, kwargs) { return .int(i) }
            throw rt.error(rt.types.valueError, "\(try rt.repr(args[1])) is not in list")
        }
        defineMethod(t.list, "count") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "count", as: PyList.self)
            try rt.checkMethodArity("list", "count", .one, args.count - 1, kwargs)
            var n = 0, i = 0
            while i < l.items.count {
                if try rt.equal(l.items[i], args[1]) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        defineMethod(t.list, "sort") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "sort", as: PyList.self)
            if args.count > 1 { throw rt.error(rt.types.typeError, "sort() takes no positional arguments") }
            try rt.rejectUnknownKeywords(kwargs, allowed: ["key", "reverse"], function: "sort")
            try rt.sortList(l, key: rt.keyword(kwargs, "key") ?? .none,
                            reverse: try rt.index(rt.keyword(kwargs, "reverse") ?? .bool(false)) != 0)
            return .none
        }
        for (name, body) in [("reverse", { (l: PyList) -> Value in l.items.reverse(); return .none }),
                             ("clear", { (l: PyList) -> Value in
                                // _list_clear: empty the list first, then release the items last first.
                                var old = l.items
                                l.items = []
                                self.releaseLastFirst(&old)
                                return .none })] {
            defineMethod(t.list, name) { rt, args, kwargs in
                let l = try rt.methodReceiver(args, rt.types.list, name, as: PyList.self)
                try rt.checkMethodArity("list", name, .noArgs, args.count - 1, kwargs)
                return body(l)
            }
        }
        defineMethod(t.list, "copy") { rt, args, kwargs in
            let l = try rt.methodReceiver(args, rt.types.list, "copy", as: PyList.self)
            try rt.checkMethodArity("list", "copy", .noArgs, args.count - 1, kwargs)
            return rt.list(l.items)
        }
        defineMethod(t.tuple, "index") { rt, args, kwargs in
            let tuple = try rt.methodReceiver(args, rt.types.tuple, "index", as: PyTuple.self)
            if let i = try rt.sequenceIndex({ tuple.items }, args, kwargs) { return .int(i) }
            throw rt.error(rt.types.valueError, "tuple.index(x): x not in tuple")
        }
        defineMethod(t.tuple, "count") { rt, args, kwargs in
            let tuple = try rt.methodReceiver(args, rt.types.tuple, "count", as: PyTuple.self)
            try rt.checkMethodArity("tuple", "count", .one, args.count - 1, kwargs)
            return .int(try tuple.items.filter { try rt.equal($0, args[1]) }.count)
        }
    }
}
