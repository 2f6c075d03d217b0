// __iter__ and __next__ of the builtin iterator types, so `it.__next__()` works as in
// CPython (the protocol itself calls Runtime.next directly).

extension Runtime {
    func installIteratorMethods() {
        let t = types
        let iteratorTypes = [t.iterator, t.listIterator, t.listReverseIterator, t.tupleIterator, t.strIterator,
                             t.rangeIterator, t.callableIterator, t.dictKeyIterator, t.dictValueIterator,
                             t.dictItemIterator, t.dictReverseKeyIterator, t.dictReverseValueIterator,
                             t.dictReverseItemIterator, t.setIterator, t.mapIterator, t.filterIterator,
                             t.zipIterator, t.enumerateIterator, t.reversedIterator]
        for type in iteratorTypes {
            if type.namespace.lookupString(staticName("__next__")) == nil {
                defineMethod(type, "__next__") { rt, args, kwargs in
                    try rt.checkMethodArity(type.name, "__next__", .slotNoArgs, args.count - 1, kwargs)
                    guard rt.typeOf(args[0]).isSubtype(of: type) else {
                        throw rt.error(rt.types.typeError, "descriptor '__next__' requires a '\(type.name)' object but received a '\(rt.typeName(args[0]))'")
                    }
                    if let v = try rt.next(args[0]) { return v }
                    throw rt.error(rt.types.stopIteration, args: [])
                }
            }
            if type.namespace.lookupString(staticName("__iter__")) == nil {
                defineMethod(type, "__iter__") { rt, args, kwargs in
                    try rt.checkMethodArity(type.name, "__iter__", .slotNoArgs, args.count - 1, kwargs)
                    return args[0]
                }
            }
        }
    }
}
