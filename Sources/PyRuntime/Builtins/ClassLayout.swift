// How a new class is laid out (the parts of type_new and __build_class__ beyond creating
// the type object): `__mro_entries__` for its bases, `__slots__` member descriptors, and the
// `__dict__` / `__weakref__` / `__doc__` entries of its namespace.

extension Runtime {
    /// update_bases (PEP 560): a base that is not a class may stand for others through
    /// `__mro_entries__` (`class A(list[int])` derives from list).
    func resolveMROEntries(_ bases: [Value]) throws -> [Value] {
        var resolved: [Value] = []
        for base in bases {
            if base.object is PyType { resolved.append(base); continue }
            let entries: Value
            do {
                entries = try getAttribute(base, staticName("__mro_entries__"))
            } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {
                resolved.append(base)
                continue
            }
            let result = try call(entries, [tuple(bases)])
            guard let items = result.object as? PyTuple else {
                throw error(types.typeError, "__mro_entries__ must return a tuple")
            }
            resolved += items.items
        }
        return resolved
    }

    /// `__slots__`: a member descriptor per name, no instance `__dict__` unless a base has one
    /// or "__dict__" is listed (type_new's slot handling, with its messages).
    func installSlots(_ cls: PyType, _ bases: [PyType]) throws {
        // Bases conflict when the classes that introduced their slots (their "solid bases")
        // are unrelated; a subclass adding no slots (`__slots__ = ()`) shares its base's.
        func solidBase(_ t: PyType) -> PyType {
            var t = t
            while let parent = t.bases.first(where: { $0.slotCount == t.slotCount }) { t = parent }
            return t
        }
        let slotted = bases.filter { $0.slotCount > 0 }.map(solidBase)
        for b in slotted where !slotted.allSatisfy({ b.isSubtype(of: $0) || $0.isSubtype(of: b) }) {
            throw error(types.typeError, "multiple bases have instance lay-out conflict")
        }
        let baseSlots = slotted.map { $0.slotCount }.max() ?? 0
        cls.slotCount = baseSlots
        // BaseException instances always have a dict, so exception subclasses keep one.
        let baseHasDict = bases.contains { ($0.isHeapType && $0.instancesHaveDict) || $0.layout == .baseException }
        defer { installInstanceAttributeDescriptors(cls, bases) }
        guard let declared = cls.namespace.lookupString(staticName("__slots__")) else { return }
        let items: [Value] = strValue(declared) != nil ? [declared] : try toArray(declared)
        var names: [String] = []
        var wantsDict = false, wantsWeakref = false
        for item in items {
            guard let name = strValue(item) else {
                throw error(types.typeError, "__slots__ items must be strings, not '\(typeName(item))'")
            }
            guard isIdentifier(name) else { throw error(types.typeError, "__slots__ must be identifiers") }
            if name == "__dict__" {
                if wantsDict || baseHasDict {
                    throw error(types.typeError, "__dict__ slot disallowed: we already got one")
                }
                wantsDict = true
                continue
            }
            if name == "__weakref__" {
                if wantsWeakref || bases.contains(where: { $0.lookup(staticName("__weakref__")) != nil }) {
                    throw error(types.typeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                wantsWeakref = true
                continue
            }
            let mangled = mangle(name, className: cls.name)
            if cls.namespace.lookupString(intern(mangled)) != nil {
                throw error(types.valueError, "\(try repr(str(mangled))) in __slots__ conflicts with class variable")
            }
            // A repeated name is accepted (the later member descriptor wins), as in CPython.
            if !names.contains(mangled) { names.append(mangled) }
        }
        cls.instancesHaveDict = baseHasDict || wantsDict
        // Plain-object layouts keep slots in PySlottedObject, exceptions in PyBaseException.slots;
        // the members of other builtin subclasses' __slots__ (list, ...) cannot hold values yet.
        // CPython sorts the slot names before laying them out.
        for (i, name) in names.sorted().enumerated() {
            cls.namespace.setString(intern(name), .object(PyMemberDescriptor(type: types.memberDescriptor, name: name,
                                                                              owner: cls, index: baseSlots + i)))
        }
        cls.slotCount = baseSlots + names.count
    }

    /// The `__dict__` and `__weakref__` getset descriptors type_new puts in a class namespace
    /// when the class is the first in its hierarchy to give instances a dict / weak references.
    func installInstanceAttributeDescriptors(_ cls: PyType, _ bases: [PyType]) {
        let slots = cls.namespace.lookupString(staticName("__slots__"))
        let slotNames = slots.map { v in strValue(v).map { [$0] } ?? ((try? toArray(v)) ?? []).compactMap { strValue($0) } }
        // BaseException instances already have a dict; int, str, tuple and bytes instances
        // cannot be weakly referenced (variable-size objects).
        // Types (metaclass instances) have their own `__dict__` (the mappingproxy) and weak
        // reference support: a metaclass gets neither descriptor, as in CPython.
        let baseGivesDict = bases.contains { ($0.isHeapType && $0.instancesHaveDict) || $0.layout == .baseException || $0.layout == .type }
        let noWeakrefs: Set<InstanceLayout> = [.int, .bool, .str, .tuple, .bytes, .type]
        if cls.instancesHaveDict, !baseGivesDict {
            let d = PyGetSetDescriptor(type: types.getsetDescriptor, name: "__dict__", owner: cls, getter: { rt, obj in
                guard case .object(let o) = obj else { return .none }
                if o.dict == nil { o.dict = rt.newDict() }
                return .object(o.dict!)
            }, setter: { rt, obj, value in
                guard case .object(let o) = obj else { return }
                guard let value else { throw rt.error(rt.types.typeError, "cannot delete __dict__") }
                guard let d = value.object as? PyDict else {
                    throw rt.error(rt.types.typeError, "__dict__ must be set to a dictionary, not a '\(rt.typeName(value))'")
                }
                o.dict = d
            })
            cls.namespace.setString(staticName("__dict__"), .object(d))
        }
        let wantsWeakref = slotNames.map { $0.contains("__weakref__") } ?? true
        if wantsWeakref, !noWeakrefs.contains(cls.layout), !bases.contains(where: { $0.lookup(staticName("__weakref__")) != nil }) {
            // No weak references yet: the attribute exists and reads None, as for an
            // object nobody refers to weakly.
            let d = PyGetSetDescriptor(type: types.getsetDescriptor, name: "__weakref__", owner: cls) { _, _ in .none }
            cls.namespace.setString(staticName("__weakref__"), .object(d))
        }
        if cls.namespace.lookupString(staticName("__doc__")) == nil {
            cls.namespace.setString(staticName("__doc__"), .none)
        }
    }

    /// Private name mangling (`__x` in class `_C` is `_C__x`), as the compiler does it.
    func mangle(_ name: String, className: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = className.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }
}
