// str(): PyObject_Str as a str value (keeping lone surrogates and the str subclass a
// __str__ returned), and instances of str subclasses.

extension Runtime {
    /// PyObject_Str: an exact str (or whatever str subclass instance __str__ returned).
    func strObject(_ v: Value) throws -> Value {
        if case .int(let i) = v { return .object(PyStrObject(type: types.str, String(i), isASCII: true)) }
        guard case .object(let o) = v, let s = o as? PyStrObject else { return str(try toStr(v)) }
        if o.type === types.str { return v }
        if o.type.isHeapType, let method = o.type.lookup(staticName("__str__")), !(method.object is PyBuiltinFunction) {
            let r = try callMethodValue(method, v, [])
            guard case .object(let ro) = r, ro is PyStrObject else {
                throw error(types.typeError, "__str__ returned non-string (type \(typeName(r)))")
            }
            return r
        }
        // str.__str__ of a subclass instance: an exact copy.
        return exactStr(s)
    }

    /// An exact str with the same code points as `s`.
    func exactStr(_ s: PyStrObject) -> Value {
        if s.type === types.str { return .object(s) }
        if let cps = s.surrogateCodePoints { return str(codePoints: cps) }
        return str(s.value)
    }

    /// An instance of the str subclass `cls` with the text of the str value `text`.
    func strSubclassInstance(_ cls: PyType, _ text: Value) -> Value {
        guard case .object(let o) = text, let s = o as? PyStrObject else { return .object(PyStrObject(type: cls, "")) }
        if let cps = s.surrogateCodePoints { return .object(PyStrObject(type: cls, codePoints: cps)) }
        return .object(PyStrObject(type: cls, s.value))
    }
}
