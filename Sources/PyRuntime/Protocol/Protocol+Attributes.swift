// Attribute lookup with descriptors and the MRO (PyObject_GenericGetAttr/SetAttr),
// type attribute lookup, and __getattr__ / __getattribute__ / __setattr__ hooks.

extension Runtime {
    /// Binds a class attribute found on the type of `receiver` (function -> bound method).
    func bindDescriptor(_ attribute: Value, _ receiver: Value) throws -> Value {
        guard case .object(let a) = attribute else { return attribute }
        switch a {
        case is PyFunction:
            return .object(PyMethod(type: types.method, function: attribute, receiver: receiver))
        case let b as PyBuiltinFunction:
            // Builtin functions (len) are not descriptors; methods of builtin types bind to a
            // builtin_function_or_method, slot wrappers to a method-wrapper.
            guard b.binds else { return attribute }
            return .object(PyMethod(type: b.type === types.wrapperDescriptor ? types.methodWrapper : types.builtinFunction,
                                    function: attribute, receiver: receiver))
        case let s as PyStaticMethod:
            return s.function
        case let c as PyClassMethod:
            return try boundClassMethod(c, typeOf(receiver))
        case let p as PyProperty:
            return try propertyGet(p, receiver)
        case let d as PyNativeDescriptor:
            return try d.get(self, receiver)
        default:
            if a.type.isHeapType, let get = a.type.lookup(staticName("__get__")) {
                return try callMethodValue(get, attribute, [receiver, .object(typeOf(receiver))])
            }
            return attribute
        }
    }

    /// "property 'x' of 'C' object has no setter" (3.11 wording; unnamed properties omit the name).
    func propertyError(_ p: PyProperty, _ obj: Value, _ what: String) -> PyException {
        let label = strValue(p.name).map { "property '\($0)'" } ?? "property"
        return error(types.attributeError, "\(label) of '\(typeName(obj))' object has no \(what)")
    }

    func propertyGet(_ p: PyProperty, _ obj: Value) throws -> Value {
        if p.getter.isNone { throw propertyError(p, obj, "getter") }
        return try call(p.getter, [obj])
    }

    func propertySet(_ p: PyProperty, _ obj: Value, _ value: Value) throws {
        if p.setter.isNone { throw propertyError(p, obj, "setter") }
        _ = try call(p.setter, [obj, value])
    }

    func propertyDelete(_ p: PyProperty, _ obj: Value) throws {
        if p.deleter.isNone { throw propertyError(p, obj, "deleter") }
        _ = try call(p.deleter, [obj])
    }

    func isDataDescriptor(_ attribute: Value) -> Bool {
        guard case .object(let a) = attribute else { return false }
        if a is PyProperty || a is PyNativeDescriptor { return true }
        return a.type.isHeapType && (a.type.lookup(staticName("__set__")) != nil || a.type.lookup(staticName("__delete__")) != nil)
    }

    /// `getattr(obj, name)`.
    public func getAttribute(_ obj: Value, _ name: PyStrObject) throws -> Value {
        if case .object(let o) = obj, let s = o as? PySuper { return try superGetAttribute(s, name) }
        let t = typeOf(obj)
        if t.isHeapType, let custom = t.lookup(staticName("__getattribute__")), !(custom.object is PyBuiltinFunction) {
            do {
                return try callMethodValue(custom, obj, [.object(name)])
            } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {
                if let getattr = t.lookup(staticName("__getattr__")) { return try callMethodValue(getattr, obj, [.object(name)]) }
                throw e
            }
        }
        if t.isHeapType, let getattr = t.lookup(staticName("__getattr__")) {
            // An AttributeError from a descriptor (e.g. a property getter) falls back to __getattr__.
            do {
                if let value = try genericGetAttribute(obj, name) { return value }
            } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {}
            return try callMethodValue(getattr, obj, [.object(name)])
        }
        if let value = try genericGetAttribute(obj, name) { return value }
        if t.isHeapType, let getattr = t.lookup(staticName("__getattr__")) {
            return try callMethodValue(getattr, obj, [.object(name)])
        }
        if case .object(let m as PyModule) = obj { return try moduleMissingAttribute(m, name) }
        throw attributeError(obj, name)
    }

    func attributeError(_ obj: Value, _ name: PyStrObject) -> PyException {
        let e = attributeErrorMessage(obj, name)
        e.exception.attributeName = .object(name)
        e.exception.attributeObject = obj
        return e
    }

    private func attributeErrorMessage(_ obj: Value, _ name: PyStrObject) -> PyException {
        if case .object(let o) = obj {
            if let t = o as? PyType {
                return error(types.attributeError, "type object '\(t.name)' has no attribute '\(name.value)'")
            }
        }
        return error(types.attributeError, "'\(typeName(obj))' object has no attribute '\(name.value)'")
    }

    /// object.__getattribute__: nil when the attribute does not exist.
    func genericGetAttribute(_ obj: Value, _ name: PyStrObject) throws -> Value? {
        if case .object(let o) = obj, let t = o as? PyType {
            return try typeGetAttribute(t, name)
        }
        let t = typeOf(obj)
        var descriptor = t.lookup(name)
        // object's own method found: a builtin type between may have a slot wrapper first
        // ((5).__repr__ is int's).
        if let found = descriptor?.object as? PyBuiltinFunction, found.ownerType === types.object, t !== types.object {
            descriptor = lookupWithSlotWrappers(t, name)
        }
        if let descriptor, isDataDescriptor(descriptor) {
            return try bindDescriptor(descriptor, obj)
        }
        if case .object(let o) = obj, let dict = o.dict, let value = dict.lookupString(name) {
            return value
        }
        if let descriptor { return try bindDescriptor(descriptor, obj) }
        if let native = try nativeAttribute(obj, name.value) { return native }
        if let wrapper = t.mro.lazy.compactMap({ self.slotWrapper($0, name.value) }).first {
            return try bindDescriptor(wrapper, obj)
        }
        return nil
    }

    /// type.__getattribute__: metatype data descriptors, then the MRO of the type itself.
    func typeGetAttribute(_ t: PyType, _ name: PyStrObject) throws -> Value? {
        let metaAttribute = t.type.lookup(name)
        if let metaAttribute, isDataDescriptor(metaAttribute) {
            return try bindDescriptor(metaAttribute, .object(t))
        }
        if let attribute = name.value.hasPrefix("__") ? lookupWithSlotWrappers(t, name) : t.lookup(name) {
            guard case .object(let a) = attribute else { return attribute }
            switch a {
            case let s as PyStaticMethod: return s.function
            case let c as PyClassMethod: return try boundClassMethod(c, t)
            case is PyFunction, is PyBuiltinFunction, is PyProperty: return attribute
            default:
                if a.type.isHeapType, let get = a.type.lookup(staticName("__get__")) {
                    return try callMethodValue(get, attribute, [.none, .object(t)])
                }
                return attribute
            }
        }
        if let metaAttribute { return try bindDescriptor(metaAttribute, .object(t)) }
        if let special = try specialTypeAttribute(t, name) { return special }
        return t.mro.lazy.compactMap { self.slotWrapper($0, name.value) }.first
    }

    /// The MRO lookup of `name` where each builtin type also offers the slot wrappers it
    /// makes on demand, so `int.__repr__` is int's wrapper and not object's method.
    func lookupWithSlotWrappers(_ t: PyType, _ name: PyStrObject) -> Value? {
        for type in t.mro {
            if let value = type.namespace.lookupString(name) { return value }
            if !type.isHeapType, let wrapper = slotWrapper(type, name.value) { return wrapper }
        }
        return nil
    }

    /// `__name__`, `__mro__` and friends that live in the type object itself.
    func specialTypeAttribute(_ t: PyType, _ name: PyStrObject) throws -> Value? {
        switch name.value {
        case "__name__": return str(t.name)
        case "__qualname__": return str(t.qualname)
        case "__module__": return str(t.moduleName)
        case "__mro__": return tuple(t.mro.map { .object($0) })
        case "__bases__": return tuple(t.bases.map { .object($0) })
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__dict__": return .object(PyMappingProxy(type: types.mappingProxy, mapping: .object(t.namespace), owner: t))
        case "__class__": return .object(t.type)
        case "__doc__": return Value.none
        default: return nil
        }
    }

    /// dir(obj): sorted attribute names from the instance dict and the class hierarchy.
    public func directory(_ obj: Value) throws -> [String] {
        var names = Set<String>()
        func add(_ d: PyDict) { for (k, _) in d.items { if let s = strValue(k) { names.insert(s) } } }
        if case .object(let o) = obj, let t = o as? PyType {
            for k in t.mro { add(k.namespace) }
        } else {
            if case .object(let o) = obj, let d = o.dict { add(d) }
            for k in typeOf(obj).mro { add(k.namespace) }
            if case .object(let o) = obj, o is PyModule { names.remove("__class__") }
        }
        return names.sorted { compareStrings(intern($0), intern($1), .lt) }
    }

    /// `setattr(obj, name, value)`.
    public func setAttribute(_ obj: Value, _ name: PyStrObject, _ value: Value) throws {
        let t = typeOf(obj)
        if t.isHeapType, let custom = t.lookup(staticName("__setattr__")), !(custom.object is PyBuiltinFunction) {
            _ = try callMethodValue(custom, obj, [.object(name), value])
            return
        }
        try genericSetAttribute(obj, name, value)
    }

    /// Assignment through a data descriptor found on the type (property, native getset or
    /// member, or a class with `__set__`); false when `descriptor` is none of these.
    func setThroughDescriptor(_ descriptor: Value, _ obj: Value, _ value: Value) throws -> Bool {
        guard case .object(let d) = descriptor else { return false }
        if let p = d as? PyProperty {
            try propertySet(p, obj, value)
            return true
        }
        if let nd = d as? PyNativeDescriptor {
            try nd.set(self, obj, value)
            return true
        }
        if d.type.isHeapType, let set = d.type.lookup(staticName("__set__")) {
            _ = try callMethodValue(set, descriptor, [obj, value])
            return true
        }
        return false
    }

    func genericSetAttribute(_ obj: Value, _ name: PyStrObject, _ value: Value) throws {
        let t = typeOf(obj)
        if case .object(let o) = obj, let klass = o as? PyType {
            guard klass.isHeapType else {
                throw error(types.typeError, "cannot set '\(name.value)' attribute of immutable type '\(klass.name)'")
            }
            if let metaDescriptor = t.lookup(name), try setThroughDescriptor(metaDescriptor, obj, value) { return }
            klass.namespace.setString(name, value)
            if name.value == "__del__" { klass.hasFinalizer = true }  // instances created from now on
            return
        }
        if let descriptor = t.lookup(name), case .object(let d) = descriptor {
            if try setThroughDescriptor(descriptor, obj, value) { return }
            if d.type.isHeapType, d.type.lookup(staticName("__delete__")) != nil {
                throw error(types.attributeError, "__set__")
            }
        }
        if case .object(let o) = obj, let cell = o as? PyCell, name.value == "cell_contents" {
            cell.contents = value
            return
        }
        if case .object(let o) = obj, let p = o as? PyProperty, name.value == "__doc__" {
            p.doc = value
            return
        }
        if case .object(let o) = obj, let f = o as? PyFunction {
            switch name.value {
            case "__name__", "__qualname__":
                guard let v = strValue(value) else {
                    throw error(types.typeError, "\(name.value) must be set to a string object")
                }
                if name.value == "__name__" { f.name = v } else { f.qualname = v }
                return
            case "__doc__": f.doc = value; return
            case "__module__": f.module = value; return
            case "__defaults__": f.defaults = value.isNone ? [] : try toArray(value); return
            case "__kwdefaults__": f.kwdefaults = value.object as? PyDict; return
            case "__annotations__": f.annotations = value; return
            default: break
            }
        }
        guard case .object(let o) = obj, t.instancesHaveDict || o is PyFunction || o is PyModule else {
            if obj.object is PyProperty, ["fget", "fset", "fdel"].contains(name.value) {
                throw error(types.attributeError, "readonly attribute")
            }
            if t.lookup(name) != nil {
                throw error(types.attributeError, "'\(t.name)' object attribute '\(name.value)' is read-only")
            }
            throw error(types.attributeError, "'\(t.name)' object has no attribute '\(name.value)'")
        }
        if name.value == "__dict__", t.instancesHaveDict {
            guard let d = value.object as? PyDict else {
                throw error(types.typeError, "__dict__ must be set to a dictionary, not a '\(typeName(value))'")
            }
            o.dict = d
            return
        }
        if o.dict == nil { o.dict = newDict() }
        o.dict!.setString(name, value)
    }

    /// `delattr(obj, name)`.
    public func deleteAttribute(_ obj: Value, _ name: PyStrObject) throws {
        let t = typeOf(obj)
        if t.isHeapType, let custom = t.lookup(staticName("__delattr__")), !(custom.object is PyBuiltinFunction) {
            _ = try callMethodValue(custom, obj, [.object(name)])
            return
        }
        try genericDeleteAttribute(obj, name)
    }

    /// object.__delattr__: data descriptors, then the instance (or class) dict.
    func genericDeleteAttribute(_ obj: Value, _ name: PyStrObject) throws {
        let t = typeOf(obj)
        if let descriptor = t.lookup(name), case .object(let d) = descriptor {
            if let p = d as? PyProperty {
                try propertyDelete(p, obj)
                return
            }
            if let nd = d as? PyNativeDescriptor {
                try nd.set(self, obj, nil)
                return
            }
            if d.type.isHeapType, let delete = d.type.lookup(staticName("__delete__")) {
                _ = try callMethodValue(delete, descriptor, [obj])
                return
            }
            if d.type.isHeapType, d.type.lookup(staticName("__set__")) != nil {
                throw error(types.attributeError, "__delete__")
            }
        }
        if case .object(let o) = obj, let cell = o as? PyCell, name.value == "cell_contents" {
            cell.contents = .null
            return
        }
        if case .object(let o) = obj {
            let dict = (o as? PyType)?.namespace ?? o.dict
            if let dict, try dictRemove(dict, .object(name)) != nil { return }
        }
        throw attributeError(obj, name)
    }
}
