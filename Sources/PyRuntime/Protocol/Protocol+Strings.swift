// repr() and str() of every value, and %-formatting of str.
import BigInt
import PyBytecode
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .null: return "<NULL>"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyRepr.repr(float: d)
        case .object(let o):
            // PyObject_Repr is one recursion level.
            try enterRecursiveCall(" while getting the repr of an object")
            defer { leaveRecursiveCall() }
            if o.type.isHeapType, let method = o.type.lookup(staticName("__repr__")), !Runtime.isInheritedSlot(method, "__repr__") {
                let r = try callMethodValue(method, v, [])
                guard case .object(let ro) = r, let s = ro as? PyStrObject else {
                    throw error(types.typeError, "__repr__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            return try builtinRepr(o)
        }
    }

    /// Whether a class's `__str__`/`__repr__` is the builtin one of that slot, which the
    /// native str()/repr() reproduce; a builtin of another slot assigned to it (enum's
    /// `__str__ = int.__repr__`) must be called.
    static func isInheritedSlot(_ method: Value, _ slot: String) -> Bool {
        guard let function = method.object as? PyBuiltinFunction else { return false }
        return function.name == slot
    }

    /// The repr of builtin objects; nested items go through `repr`, which guards recursion.
    func builtinRepr(_ o: PyObject) throws -> String {
        // Struct sequences (sys.version_info): native tuple subtypes with their own __repr__.
        if o is PyTuple, o.type !== types.tuple, !o.type.isHeapType,
           let method = o.type.namespace.lookupString(staticName("__repr__")),
           case .object(let r as PyStrObject) = try call(method, [.object(o)]) {
            return r.value
        }
        switch o {
        case let s as PyStrObject:
            // Printable ASCII without quotes or backslashes is its own repr between single quotes.
            if s.isASCII && s.withUTF8({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x27 && $0 != 0x22 && $0 != 0x5C } }) {
                return "'" + s.value + "'"
            }
            return PyRepr.repr(s.pyStr)
        case let b as PyBigIntObject: return try decimalString(b.value)
        case let f as PyBoxedFloat: return PyRepr.repr(float: f.value)
        case is PyBytes, is PyByteArray: return bytesRepr(o) ?? ""
        case let c as PyComplex: return complexRepr(c)
        case let l as PyList:
            // Py_ReprEnter: a container already being printed shows as `[...]`.
            guard enterRepr(l) else { return "[...]" }
            defer { leaveRepr(l) }
            return "[" + (try l.items.map { try repr($0) }).joined(separator: ", ") + "]"
        case let t as PyTuple:
            if t.items.isEmpty { return "()" }
            guard enterRepr(t) else { return "(...)" }
            defer { leaveRepr(t) }
            let inner = try t.items.map { try repr($0) }.joined(separator: ", ")
            return t.items.count == 1 ? "(\(inner),)" : "(\(inner))"
        case let d as PyDict:
            guard enterRepr(d) else { return "{...}" }
            defer { leaveRepr(d) }
            return "{" + (try d.items.map { "\(try repr($0.key)): \(try repr($0.value))" }).joined(separator: ", ") + "}"
        case let t as PyType:
            return t.moduleName == "builtins" ? "<class '\(t.name)'>" : "<class '\(t.moduleName).\(t.qualname)'>"
        case let f as PyFunction: return "<function \(f.qualname) at \(address(f))>"
        case let g as PyGenerator: return generatorRepr(g)
        case let g as PyGenericAlias: return try genericAliasRepr(g)
        case let u as PyUnion: return try unionRepr(u)
        case is PyClassMethod where o.type === types.classMethodDescriptor:
            return builtinCallableRepr(o) ?? "<method>"
        // sm_repr / cm_repr (3.10+): the wrapped callable's repr inside.
        case let s as PyStaticMethod: return "<\(o.type.name)(\(try repr(s.function)))>"
        case let c as PyClassMethod: return "<\(o.type.name)(\(try repr(c.function)))>"
        case is PyBuiltinFunction, is PyNativeDescriptor:
            return builtinCallableRepr(o) ?? "<built-in function>"
        case let m as PyMethod:
            if let builtin = builtinCallableRepr(m) { return builtin }
            let name = (m.function.object as? PyFunction)?.qualname ?? "?"
            return "<bound method \(name) of \(try repr(m.receiver))>"
        case let e as PyBaseException:
            let args = e.args
            if args.count == 1 { return "\(e.type.name)(\(try repr(args[0])))" }
            return "\(e.type.name)(" + (try args.map { try repr($0) }).joined(separator: ", ") + ")"
        case let s as PySet:
            guard enterRepr(s) else { return "\(s.type.name)(...)" }
            defer { leaveRepr(s) }
            return try setRepr(s)
        case let v as PyDictView:
            guard enterRepr(v) else { return "..." }
            defer { leaveRepr(v) }
            return try dictViewRepr(v)
        case let m as PyMappingProxy: return "mappingproxy(\(try repr(m.mapping)))"
        case let m as PyMemoryView: return memoryviewRepr(m)
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let u as PyUnion: return try unionRepr(u)
        case let g as PyGenericAlias: return try genericAliasRepr(g)
        case let c as PyCodeObject:
            return "<code object \(c.code.name.string) at \(address(c)), file \"\(c.code.filename.string)\", line \(c.code.firstlineno)>"
        case let s as PySlice: return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let m as PyModule:
            // module_repr: modules without a __file__ are the interpreter's own.
            if let file = m.namespace.lookupString(staticName("__file__")).flatMap(strValue) {
                return "<module '\(m.name)' from '\(file)'>"
            }
            // A module made by types.ModuleType has no spec and no loader: just its name.
            if !Runtime.nativeModuleNames.contains(m.name), m.namespace.lookupString(staticName("__spec__"))?.isNone ?? true,
               m.namespace.lookupString(staticName("__loader__"))?.isNone ?? true {
                return "<module '\(m.name)'>"
            }
            return "<module '\(m.name)' (built-in)>"
        case let c as PyCell: return "<cell at \(address(c)): \(typeName(c.contents)) object at \(address(c.contents.object ?? c))>"
        default:
            if o === notImplemented { return "NotImplemented" }
            if o === ellipsis { return "Ellipsis" }
            // Builtin types written with defineMethod (SimpleNamespace, ...) keep their
            // __repr__ in their namespace.
            let t = o.type
            if t.layout == .object, t !== types.object, let method = t.lookup(staticName("__repr__")),
               let function = method.object as? PyBuiltinFunction, function.ownerType !== types.object,
               case .object(let r as PyStrObject) = try callMethodValue(method, .object(o), []) {
                return r.value
            }
            return defaultObjectRepr(o)
        }
    }

    /// object.__repr__: `<module.qualname object at 0x...>`, for any object.
    func defaultObjectRepr(_ o: PyObject) -> String {
        let t = o.type
        let name = t.moduleName == "builtins" ? t.qualname : "\(t.moduleName).\(t.qualname)"
        return "<\(name) object at \(address(o))>"
    }

    /// Py_ReprEnter: false when `o`'s repr is already being built (a reference cycle).
    func enterRepr(_ o: PyObject) -> Bool {
        reprInProgress.insert(ObjectIdentifier(o)).inserted
    }

    /// Py_ReprLeave.
    func leaveRepr(_ o: PyObject) {
        reprInProgress.remove(ObjectIdentifier(o))
    }

    func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    /// `str(v)`.
    public func toStr(_ v: Value) throws -> String {
        if case .object(let o) = v {
            if let s = o as? PyStrObject, o.type === types.str { return s.value }
            if o.type.isHeapType, let method = o.type.lookup(staticName("__str__")), !Runtime.isInheritedSlot(method, "__str__") {
                // PyObject_Str is one recursion level.
                let r = try withRecursionGuard(" while getting the str of an object") { try callMethodValue(method, v, []) }
                guard case .object(let ro) = r, let s = ro as? PyStrObject else {
                    throw error(types.typeError, "__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            if let s = o as? PyStrObject { return s.value }
            if let m = o as? PyMappingProxy { return try toStr(m.mapping) }
            if let e = o as? PyBaseException {
                if let text = try unicodeErrorStr(e) { return text }
                if let text = importErrorStr(e) { return text }
                if let fields = syntaxErrorFields(e) { return syntaxErrorStr(fields) }
                if let fields = e.group { return try exceptionGroupStr(fields) }
                if e.osErrorFields != nil, let method = e.type.lookup(staticName("__str__")),
                   case .object(let r) = try callMethodValue(method, v, []), let s = r as? PyStrObject { return s.value }
                if e.type.isSubtype(of: types.keyError) && e.args.count == 1 { return try repr(e.args[0]) }
                switch e.args.count {
                case 0: return ""
                case 1: return try toStr(e.args[0])
                default: return try repr(tuple(e.args))
                }
            }
            // object.__str__ calls the type's __repr__ slot directly, so PyObject_Str is the
            // one that checks the result (hence "__str__" in the message).
            if o.type.isHeapType, let method = o.type.lookup(staticName("__repr__")), !(method.object is PyBuiltinFunction) {
                let r = try callMethodValue(method, v, [])
                guard case .object(let ro) = r, let s = ro as? PyStrObject else {
                    throw error(types.typeError, "__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
        }
        return try repr(v)
    }

    func bigValue(_ v: Value) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o is PyBigIntObject: return (o as! PyBigIntObject).value
        default: throw error(types.typeError, "%d format: a real number is required, not \(typeName(v))")
        }
    }

    /// printf-style fixed/exponent/general formatting of a double.
    func formatDouble(_ d: Double, _ conversion: Character, _ precision: Int, alternate: Bool = false) -> String {
        if d.isNaN { return conversion.isUppercase ? "NAN" : "nan" }
        if d.isInfinite { return (d < 0 ? "-" : "") + (conversion.isUppercase ? "INF" : "inf") }
        if (conversion == "f" || conversion == "F") && !alternate, let fixed = PyFixedPoint.format(d, precision: precision) {
            return fixed
        }
        let spec = (alternate ? "%#." : "%.") + "\(precision)\(conversion)"
        var buffer = [CChar](repeating: 0, count: 512)
        let n = withVaList([d]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        if n >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([d]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        }
        return String(cString: buffer)
    }
}
