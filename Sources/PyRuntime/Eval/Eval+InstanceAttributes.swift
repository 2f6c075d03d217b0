// Fast paths for attribute access on plain instances (`self.x`, `self.x = v`, `obj.method`):
// when the class keeps object's __getattribute__/__setattr__, has no __getattr__ and
// defines nothing under the name, the attribute lives in the instance dict and nothing else
// can intervene. Everything else takes the general protocol in Protocol+Attributes.swift.

extension PyType {
    /// Whether attribute access on instances is object's own (remembered per type epoch).
    @inline(__always)
    func hasPlainAttributeAccess(_ rt: Runtime) -> Bool {
        let epoch = namespace.typeEpoch?.value ?? 0
        if plainAttributesEpoch == epoch { return plainAttributes }
        return computePlainAttributeAccess(rt, epoch)
    }

    @inline(never)
    private func computePlainAttributeAccess(_ rt: Runtime, _ epoch: UInt64) -> Bool {
        let objectNamespace = rt.types.object.namespace
        func isObjects(_ name: PyStrObject) -> Bool {
            lookup(name)?.object === objectNamespace.lookupString(name)?.object
        }
        plainAttributes = isHeapType && layout == .object && instancesHaveDict
            && isObjects(rt.staticName("__getattribute__")) && isObjects(rt.staticName("__setattr__"))
            && lookup(rt.staticName("__getattr__")) == nil
        plainAttributesEpoch = epoch
        return plainAttributes
    }
}

extension Runtime {
    /// `o.name` when it is simply an entry of a plain instance's dict; nil: use the protocol.
    @inline(__always)
    func plainInstanceAttribute(_ o: PyObject, _ name: PyStrObject) -> Value? {
        let t = o.type
        guard t.hasPlainAttributeAccess(self), t.lookup(name) == nil, let d = o.dict else { return nil }
        return d.lookupString(name)
    }

    /// Stores `o.name = value` when that is simply a dict entry of a plain instance;
    /// false: use the protocol.
    @inline(__always)
    func storePlainInstanceAttribute(_ o: PyObject, _ name: PyStrObject, _ value: Value) -> Bool {
        let t = o.type
        guard t.hasPlainAttributeAccess(self), t.lookup(name) == nil,
              name !== staticName("__dict__"), name !== staticName("__class__") else { return false }
        if o.dict == nil { o.dict = newDict() }
        o.dict.unsafelyUnwrapped.setString(name, value)
        return true
    }
}
