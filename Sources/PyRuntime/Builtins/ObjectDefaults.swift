// object's defaults beyond the basics in TypeMethods.swift: ordering comparisons, __dir__,
// and the pickle protocol's __reduce_ex__, __reduce__ and __getstate__ (typeobject.c's
// reduce_newobj and copyreg._reduce_ex, with the two copyreg helpers their results name).

extension Runtime {
    func installObjectDefaults() {
        let t = types
        // object's rich comparisons other than == and != give NotImplemented (object_richcompare).
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            defineMethod(t.object, name) { rt, args, _ in
                try rt.expectSlotArgs(args, 1)
                return .object(rt.notImplemented)
            }
        }
        // object.__dir__: the instance dict's names, then the class's and its bases' (unsorted);
        // type.__dir__: the class's and its bases'.
        for owner in [t.object, t.type] {
            defineMethod(owner, "__dir__") { rt, args, kwargs in
                try rt.expectArgs("object.__dir__", args.dropFirst(), kwargs, min: 0, max: 0)
                var seen = Set<String>(), names: [Value] = []
                func add(_ d: PyDict) {
                    for (k, _) in d.items { if let s = rt.strValue(k), seen.insert(s).inserted { names.append(k) } }
                }
                // type.__dir__ lists the class and its bases, never the metaclass.
                let isClass = args[0].object is PyType
                if !isClass, case .object(let o) = args[0], let d = o.dict { add(d) }
                var pending: [PyType] = [(args[0].object as? PyType) ?? rt.typeOf(args[0])], visited = Set<ObjectIdentifier>()
                while !pending.isEmpty {
                    let klass = pending.removeFirst()
                    guard visited.insert(ObjectIdentifier(klass)).inserted else { continue }
                    add(klass.namespace)
                    pending.insert(contentsOf: klass.bases, at: 0)
                }
                return rt.list(names)
            }
        }
        installObjectReduce()
    }

    func installObjectReduce() {
        let object = types.object
        // copyreg.__newobj__(cls, *args) and copyreg._reconstructor(cls, base, state).
        let newobj = PyBuiltinFunction(type: types.builtinFunction, name: "__newobj__") { rt, args, kwargs in
            guard let cls = args.first?.object as? PyType else {
                throw rt.error(rt.types.typeError, "__newobj__() argument 1 must be a type")
            }
            return try rt.call(try rt.getAttribute(.object(cls), rt.staticName("__new__")), args, kwargs: kwargs)
        }
        let reconstructor = PyBuiltinFunction(type: types.builtinFunction, name: "_reconstructor") { rt, args, _ in
            guard args.count == 3, let cls = args[0].object as? PyType, let base = args[1].object as? PyType else {
                throw rt.error(rt.types.typeError, "_reconstructor() expects (cls, base, state)")
            }
            if base === rt.types.object { return try rt.newInstance(cls, args: []) }
            let new = try rt.getAttribute(args[1], rt.staticName("__new__"))
            let obj = try rt.call(new, [args[0], args[2]])
            if let initializer = base.lookup(rt.staticName("__init__")) { _ = try rt.callMethodValue(initializer, obj, [args[2]]) }
            return obj
        }
        defineMethod(object, "__getstate__") { rt, args, kwargs in
            try rt.expectArgs("object.__getstate__", args.dropFirst(), kwargs, min: 0, max: 0)
            return try rt.objectState(args[0])
        }
        defineMethod(object, "__reduce__") { rt, args, kwargs in
            try rt.expectArgs("object.__reduce__", args.dropFirst(), kwargs, min: 0, max: 0)
            return try rt.reduceOld(args[0], reconstructor)
        }
        defineMethod(object, "__reduce_ex__") { rt, args, kwargs in
            try rt.expectArgs("object.__reduce_ex__", args.dropFirst(), kwargs, min: 1, max: 1)
            let proto = try rt.index(args[1])
            // An overridden __reduce__ takes over.
            let own = object.namespace.lookupString(rt.staticName("__reduce__"))
            if let reduce = rt.typeOf(args[0]).lookup(rt.staticName("__reduce__")), !reduce.isIdentical(to: own ?? .null) {
                return try rt.callMethodValue(reduce, args[0], [])
            }
            if proto < 2 { return try rt.reduceOld(args[0], reconstructor) }
            return try rt.reduceNew(args[0], newobj)
        }
    }

    /// object.__getstate__: the instance dict (None when empty) and, with slots, the set
    /// slot values as a second dict.
    func objectState(_ obj: Value) throws -> Value {
        guard case .object(let o) = obj else { return .none }
        let dict: Value = (o.dict?.count ?? 0) > 0 ? .object(o.dict!) : .none
        guard let slotted = o as? PySlottedObject else { return dict }
        let slots = newDict()
        for klass in o.type.mro {
            for (k, v) in klass.namespace.items {
                if let m = v.object as? PyMemberDescriptor, m.index < slotted.slots.count, !slotted.slots[m.index].isNull {
                    try dictSet(slots, k, slotted.slots[m.index])
                }
            }
        }
        return slots.count > 0 ? tuple([dict, .object(slots)]) : dict
    }

    /// reduce_newobj (protocol 2 and up): (copyreg.__newobj__, (cls, *newargs), state,
    /// list items, dict items).
    func reduceNew(_ obj: Value, _ newobj: PyBuiltinFunction) throws -> Value {
        let cls = typeOf(obj)
        var newArgs: [Value] = []
        if let getnewargs = cls.lookup(staticName("__getnewargs__")) {
            let r = try callMethodValue(getnewargs, obj, [])
            guard let t = r.object as? PyTuple else {
                throw error(types.typeError, "__getnewargs__ should return a tuple, not '\(typeName(r))'")
            }
            newArgs = t.items
        } else if !cls.isHeapType && cls !== types.object {
            throw error(types.typeError, "cannot pickle '\(cls.name)' object")
        }
        let state = try call(try getAttribute(obj, staticName("__getstate__")), [])
        let listItems: Value = obj.object is PyList ? try getIter(obj) : .none
        let dictItems: Value
        if obj.object is PyDict {
            dictItems = try getIter(try call(try getAttribute(obj, staticName("items")), []))
        } else {
            dictItems = .none
        }
        return tuple([.object(newobj), tuple([.object(cls)] + newArgs), state, listItems, dictItems])
    }

    /// copyreg._reduce_ex (protocols 0 and 1): (copyreg._reconstructor, (cls, base, state)[, dict]).
    func reduceOld(_ obj: Value, _ reconstructor: PyBuiltinFunction) throws -> Value {
        let cls = typeOf(obj)
        let base = cls.mro.first { !$0.isHeapType } ?? types.object
        let baseState: Value
        if base === types.object {
            baseState = .none
        } else {
            if base === cls { throw error(types.typeError, "cannot pickle \(try repr(str(cls.name))) object") }
            baseState = try call(.object(base), [obj])
        }
        let args = tuple([.object(cls), .object(base), baseState])
        let state = try objectState(obj)
        if cls.slotCount > 0, case .object(let s) = state, s is PyTuple {
            throw error(types.typeError, "a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol 0")
        }
        if try isTrue(state) { return tuple([.object(reconstructor), args, state]) }
        return tuple([.object(reconstructor), args])
    }
}
