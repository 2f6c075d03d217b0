// Attributes that live in Swift fields of builtin objects (function.__name__, slice.start,
// method.__self__, ...), instance __dict__, and slot wrappers such as int.__add__.
import PyBytecode

extension Runtime {
    /// The attribute `name` of a builtin object's own storage, nil when it has none.
    /// Docstrings of builtin functions (CPython's first lines), for `f.__doc__`.
    static let builtinFunctionDocs: [String: String] = [
        "len": "Return the number of items in a container.",
    ]

    /// The byte offset of a traceback entry's instruction (bounds-checked: tracebacks can be
    /// built from any code object).
    func tracebackLasti(_ t: PyTraceback) -> Int {
        let offsets = t.code.unitOffsets
        return offsets.indices.contains(t.instructionIndex) ? offsets[t.instructionIndex] * 2 : -1
    }

    func isOSError(_ t: PyType) -> Bool {
        t.mro.contains { $0.name == "OSError" && !$0.isHeapType }
    }

    func nativeAttribute(_ obj: Value, _ name: String) throws -> Value? {
        guard case .object(let o) = obj else {
            if name == "__class__" { return .object(typeOf(obj)) }
            return try numberAttribute(obj, name)
        }
        if let special = builtinCallableAttribute(o, name) { return special }
        // int/float subclass instances have the attributes of their plain value.
        if o.type.isHeapType, o is PyBigIntObject || o is PyBoxedFloat, name != "__class__", name != "__dict__" {
            return try numberAttribute(unboxedNumber(obj), name)
        }
        switch (o, name) {
        case (_, "__class__"): return .object(o.type)
        case (let g as PyGenericAlias, _): return try genericAliasAttribute(g, name)
        case (let u as PyUnion, "__args__"): return tuple(u.args)
        case (_ as PyUnion, "__parameters__"): return tuple([])
        case (_, "__dict__") where o.type.instancesHaveDict || o is PyFunction || o is PyModule:
            if o.dict == nil { o.dict = newDict() }
            return .object(o.dict!)
        case (let f as PyFunction, _):
            switch name {
            case "__name__": return str(f.name)
            case "__qualname__": return str(f.qualname)
            case "__code__": return .object(f.code)
            case "__doc__": return f.doc
            case "__module__": return f.module
            case "__defaults__": return f.defaults.isEmpty ? .none : tuple(f.defaults)
            case "__kwdefaults__": return f.kwdefaults.map { .object($0) } ?? Value.none
            case "__globals__": return .object(f.globals)
            case "__closure__": return f.closure.isEmpty ? .none : tuple(f.closure.map { .object($0) })
            case "__annotations__":
                if f.annotations.isNone || f.annotations.isNull { f.annotations = .object(newDict()) }
                if case .object(let a) = f.annotations, let t = a as? PyTuple {
                    let d = newDict()
                    var i = 0
                    while i + 1 < t.items.count { try dictSet(d, t.items[i], t.items[i + 1]); i += 2 }
                    f.annotations = .object(d)
                }
                return f.annotations
            default: return nil
            }
        case (let c as PyCodeObject, _):
            switch name {
            case "co_name": return .object(intern(c.name))  // interned, as in CPython (hash computed once)
            case "co_qualname": return str(c.qualname)
            case "co_filename": return str(c.filename)
            case "co_argcount": return .int(Int(c.code.argcount))
            case "co_firstlineno": return .int(Int(c.code.firstlineno))
            case "co_varnames": return tuple(c.code.varnames.map { str($0.string) })
            case "co_flags": return .int(Int(c.code.flags.rawValue))
            case "co_posonlyargcount": return .int(Int(c.code.posonlyargcount))
            case "co_kwonlyargcount": return .int(Int(c.code.kwonlyargcount))
            case "co_nlocals": return .int(c.code.nlocals)
            case "co_stacksize": return .int(Int(c.code.stacksize))
            case "co_freevars": return tuple(c.code.freevars.map { str($0.string) })
            case "co_cellvars": return tuple(c.code.cellvars.map { str($0.string) })
            case "co_names": return tuple(c.code.names.map { str($0.string) })
            case "co_consts": return tuple(c.constants)
            case "co_code": return bytes(c.code.code)
            case "co_linetable": return bytes(c.code.linetable)
            case "co_exceptiontable": return bytes(c.code.exceptiontable)
            case "co_positions":
                return .object(PyBuiltinFunction(type: types.builtinFunction, name: "co_positions") { rt, _, _ in
                    let positions = (try? LocationTable.positions(c.code.linetable, firstLine: Int(c.code.firstlineno),
                                                                   codeUnits: c.code.code.count / 2)) ?? []
                    func optional(_ n: Int?) -> Value { n.map { .int($0) } ?? .none }
                    return try rt.getIter(rt.list(positions.map {
                        rt.tuple([optional($0.line), optional($0.endLine), optional($0.column), optional($0.endColumn)])
                    }))
                })
            case "co_lines":
                return .object(PyBuiltinFunction(type: types.builtinFunction, name: "co_lines") { rt, _, _ in
                    let positions = (try? LocationTable.positions(c.code.linetable, firstLine: Int(c.code.firstlineno),
                                                                   codeUnits: c.code.code.count / 2)) ?? []
                    // Runs of code units on the same line, as (start, end, line) in bytes.
                    var ranges: [Value] = []
                    var start = 0
                    while start < positions.count {
                        var end = start + 1
                        while end < positions.count && positions[end].line == positions[start].line { end += 1 }
                        ranges.append(rt.tuple([.int(start * 2), .int(end * 2), positions[start].line.map { .int($0) } ?? .none]))
                        start = end
                    }
                    return try rt.getIter(rt.list(ranges))
                })
            default: return nil
            }
        case (let m as PyMethod, _):
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__", "__qualname__", "__doc__", "__module__": return try getAttribute(m.function, intern(name))
            default: return nil
            }
        case (let b as PyBuiltinFunction, _):
            switch name {
            case "__name__": return str(b.name)
            case "__qualname__": return str(b.ownerName.map { "\($0).\(b.name)" } ?? b.name)
            case "__doc__":
                if b.ownerName == nil, let doc = Runtime.builtinFunctionDocs[b.name] { return str(doc) }
                return Value.none
            case "__module__": return b.ownerName == nil ? str("builtins") : Value.none
            default: return nil
            }
        case (let s as PySlice, _):
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case (let r as PyRange, _):
            switch name {
            case "start": return makeInt(r.start)
            case "stop": return makeInt(r.stop)
            case "step": return makeInt(r.step)
            default: return nil
            }
        case (let p as PyProperty, _):
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__isabstractmethod__":
                for f in [p.getter, p.setter, p.deleter] where !f.isNone {
                    if let v = try? getAttribute(f, staticName("__isabstractmethod__")), try isTrue(v) { return .bool(true) }
                }
                return .bool(false)
            case "__doc__":
                if p.doc.isNone, !p.getter.isNone { return (try? getAttribute(p.getter, staticName("__doc__"))) ?? Value.none }
                return p.doc
            default: return nil
            }
        case (let s as PyStaticMethod, "__func__"), (let s as PyStaticMethod, "__wrapped__"): return s.function
        case (let c as PyClassMethod, "__func__"), (let c as PyClassMethod, "__wrapped__"): return c.function
        case (let s as PyStaticMethod, "__doc__"): return try getAttribute(s.function, staticName("__doc__"))
        case (let c as PyClassMethod, "__doc__"): return try getAttribute(c.function, staticName("__doc__"))
        case (let c as PyCell, "cell_contents"):
            if c.contents.isNull { throw error(types.valueError, "Cell is empty") }
            return c.contents
        case (let t as PyTraceback, _):
            switch name {
            case "tb_lineno": return t.line.map { .int($0) } ?? Value.none
            case "tb_next": return t.next.map { .object($0) } ?? Value.none
            case "tb_lasti": return .int(tracebackLasti(t))
            case "tb_frame": return t.frame.map { .object($0) } ?? Value.none
            default: return nil
            }
        case (let f as PyFrameObject, _):
            switch name {
            case "f_code": return .object(f.code)
            case "f_lineno": return f.line.map { .int($0) } ?? Value.none
            case "f_lasti": return .int(f.lasti)
            case "f_globals": return .object(f.globals)
            case "f_builtins": return .object(builtins)
            // Only module and class bodies keep a locals mapping; function frames' fast
            // locals are gone once the frame has finished, so f_locals is not offered there.
            case "f_locals": return f.localsMapping.map { .object($0) }
            case "f_back": return Value.none
            default: return nil
            }
        case (let m as PyModule, "__name__"): return str(m.name)
        case (let e as PyBaseException, _) where ["errno", "strerror", "filename", "filename2"].contains(name) && isOSError(e.type):
            guard let f = e.osErrorFields else { return Value.none }
            return f[["errno", "strerror", "filename", "filename2"].firstIndex(of: name) ?? 0]
        case (let e as PyBaseException, _):
            if name == "name", e.type.isSubtype(of: types.attributeError) || e.type.isSubtype(of: types.nameError) { return e.attributeName }
            if name == "obj", e.type.isSubtype(of: types.attributeError) { return e.attributeObject }
            return nil
        default:
            return try numberAttribute(obj, name)
        }
    }

    /// real/imag/numerator/denominator of ints and floats, and float.is_integer-style helpers.
    func numberAttribute(_ v: Value, _ name: String) throws -> Value? {
        switch v {
        case .int, .bool:
            switch name {
            case "real", "numerator": return .int(try index(v))
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case .float(let d):
            switch name {
            case "real": return .float(d)
            case "imag": return .float(0)
            default: return nil
            }
        case .object(let o) where o is PyBigIntObject:
            switch name {
            case "real", "numerator": return v
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether instances of a builtin layout implement binary operator `name` (CPython's
    /// number and sequence slots), so that `hasattr(object(), "__add__")` is False.
    static func supportsBinary(_ layout: InstanceLayout, _ name: String, reflected: Bool) -> Bool {
        switch layout {
        case .int, .bool: return name != "matmul"
        case .float: return ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"].contains(name)
        case .complex: return ["add", "sub", "mul", "truediv", "pow"].contains(name)
        case .str, .bytes, .bytearray: return reflected ? ["mul", "mod"].contains(name) : ["add", "mul", "mod"].contains(name)
        case .list, .tuple: return reflected ? name == "mul" : ["add", "mul"].contains(name)
        case .set, .frozenset: return ["and", "or", "xor", "sub"].contains(name)
        case .dict: return name == "or"
        default: return false
        }
    }

    /// Slot wrappers of builtin types (`int.__add__`, `list.__len__`, `object.__lt__`):
    /// builtin functions that run the protocol operation on their first argument.
    func slotWrapper(_ t: PyType, _ name: String) -> Value? {
        guard name.hasPrefix("__"), name.hasSuffix("__") else { return nil }
        if let cached = t.slotWrappers[name] { return cached }
        // Only wrappers that exist are cached: arbitrary dunder names must not grow the table.
        let wrapper = makeSlotWrapper(t, name)
        if let wrapper { t.slotWrappers[name] = wrapper }
        return wrapper
    }

    private func makeSlotWrapper(_ t: PyType, _ name: String) -> Value? {
        // A heap class's slot wrappers are its builtin base's (`I.__neg__` is int's).
        guard !t.isHeapType else { return nil }
        let body: PyBuiltinFunction.Body
        if t === types.str, let strBody = strSlotWrapper(name) {
            let wrapper = PyBuiltinFunction(type: types.wrapperDescriptor, name: name, ownerName: t.name, body: strBody)
            wrapper.ownerType = t
            return .object(wrapper)
        }
        // int's slots take only ints (int.__add__(2.0) is NotImplemented); float's take
        // floats and ints.
        let layout = t.layout
        func acceptsOperand(_ rt: Runtime, _ v: Value) -> Bool {
            switch layout {
            case .int, .bool: return rt.intLikeValue(v) != nil
            case .float:
                if case .object(let o) = v, o is PyBoxedFloat { return true }
                if case .float = v { return true }
                return rt.intLikeValue(v) != nil
            default: return true
            }
        }
        if let op = BinaryOperator.names.firstIndex(where: { "__\($0)__" == name }) {
            guard Runtime.supportsBinary(t.layout, BinaryOperator.names[op], reflected: false) else { return nil }
            body = { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(max(0, args.count - 1))") }
                if !acceptsOperand(rt, args[1]) { return .object(rt.notImplemented) }
                do { return try rt.binaryOp(op, args[0], args[1]) } catch let e as PyException where e.exception.type === rt.types.typeError {
                    return .object(rt.notImplemented)
                }
            }
        } else if let op = BinaryOperator.names.firstIndex(where: { "__r\($0)__" == name }) {
            guard Runtime.supportsBinary(t.layout, BinaryOperator.names[op], reflected: true) else { return nil }
            body = { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(max(0, args.count - 1))") }
                if !acceptsOperand(rt, args[1]) { return .object(rt.notImplemented) }
                do { return try rt.binaryOp(op, args[1], args[0]) } catch let e as PyException where e.exception.type === rt.types.typeError {
                    return .object(rt.notImplemented)
                }
            }
        } else if let op = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].firstIndex(of: name) {
            body = { rt, args, _ in
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(max(0, args.count - 1))") }
                // object's own comparison: identity for ==/!=, NotImplemented otherwise.
                if t === rt.types.object {
                    if op == 2 || op == 3 {
                        if !args[0].isIdentical(to: args[1]) { return .object(rt.notImplemented) }
                        return .bool(op == 2)
                    }
                    return .object(rt.notImplemented)
                }
                if rt.typeOf(args[0]).layout == .object && rt.typeOf(args[1]).layout == .object && op != 2 && op != 3 {
                    return .object(rt.notImplemented)
                }
                do { return try rt.compare(args[0], args[1], CompareOp(rawValue: op)!) } catch let e as PyException where e.exception.type === rt.types.typeError {
                    return .object(rt.notImplemented)
                }
            }
        } else {
            switch name {
            case "__repr__" where t.layout != .object:
                body = { rt, args, _ in
                    guard case .object(let o) = args[0] else { return rt.str(try rt.repr(args[0])) }
                    return rt.str(try rt.builtinRepr(o))
                }
            case "__len__" where t.layout != .object && t.layout != .int && t.layout != .float:
                body = { rt, args, _ in .int(try rt.length(args[0])) }
            case "__contains__" where t.layout != .object:
                body = { rt, args, _ in .bool(try rt.contains(args[0], args[1])) }
            case "__getitem__" where t.layout != .object:
                body = { rt, args, _ in try rt.getItem(args[0], args[1]) }
            case "__setitem__" where t.layout == .list || t.layout == .dict:
                body = { rt, args, _ in try rt.setItem(args[0], args[1], args[2]); return .none }
            case "__delitem__" where t.layout == .list || t.layout == .dict:
                body = { rt, args, _ in try rt.deleteItem(args[0], args[1]); return .none }
            case "__iter__" where t.layout != .object:
                body = { rt, args, _ in try rt.getIter(args[0]) }
            case "__neg__" where t.layout == .int || t.layout == .float || t.layout == .bool:
                body = { rt, args, _ in try rt.negative(args[0]) }
            case "__abs__" where t.layout == .int || t.layout == .float || t.layout == .bool:
                body = { rt, args, _ in
                    guard args.count == 1 else { throw rt.error(rt.types.typeError, "expected 0 arguments, got \(args.count - 1)") }
                    guard let abs = rt.builtins.lookupString(rt.staticName("abs")) else { return .none }
                    return try rt.call(abs, [args[0]])
                }
            case "__pos__" where t.layout == .int || t.layout == .float || t.layout == .bool:
                body = { rt, args, _ in try rt.positive(args[0]) }
            case "__invert__" where t.layout == .int || t.layout == .bool:
                body = { rt, args, _ in try rt.invert(args[0]) }
            case "__bool__" where t.layout == .int || t.layout == .float || t.layout == .bool:
                body = { rt, args, _ in .bool(try rt.isTrue(args[0])) }
            case "__index__" where t.layout == .int || t.layout == .bool:
                body = { rt, args, _ in args[0] }
            case "__int__" where t.layout == .int || t.layout == .bool || t.layout == .float:
                body = { rt, args, _ in try rt.intConstructor([.none, args[0]], nil) }
            case "__float__" where t.layout == .float || t.layout == .int:
                body = { rt, args, _ in try rt.floatConstructor([.none, args[0]]) }
            default:
                return nil
            }
        }
        // Slot wrappers check their receiver like every builtin method (see defineMethod).
        // Strong: types are immortal (each MRO holds its type), and a weak reference would
        // give the type a side table and slow every retain of it.
        let typeName = t.name
        let checked: PyBuiltinFunction.Body = { [t] rt, args, kwargs in
            guard let receiver = args.first else {
                throw rt.error(rt.types.typeError, "descriptor '\(name)' of '\(typeName)' object needs an argument")
            }
            guard rt.typeOf(receiver).isSubtype(of: t) else {
                throw rt.error(rt.types.typeError,
                               "descriptor '\(name)' requires a '\(t.name)' object but received a '\(rt.typeName(receiver))'")
            }
            return try body(rt, args, kwargs)
        }
        let wrapper = PyBuiltinFunction(type: types.wrapperDescriptor, name: name, ownerName: t.name, body: checked)
        wrapper.ownerType = t
        return .object(wrapper)
    }
}
