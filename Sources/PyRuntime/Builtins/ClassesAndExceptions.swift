// Class creation (__build_class__, type(name, bases, ns)) and the exception types' methods.

extension Runtime {
    /// __build_class__(func, name, *bases, metaclass=..., **kwds).
    func buildClass(_ args: [Value], _ kwargs: PyDict?) throws -> Value {
        guard args.count >= 2, case .object(let fo) = args[0], let body = fo as? PyFunction,
              let name = strValue(args[1]) else {
            throw error(types.typeError, "__build_class__: func must be a function and name a string")
        }
        let originalBases = Array(args.dropFirst(2))
        let bases = try resolveMROEntries(originalBases)
        var classKwargs: PyDict? = nil
        var metaclass: Value? = nil
        if let kwargs {
            for (k, v) in kwargs.items {
                if strValue(k) == "metaclass" { metaclass = v; continue }
                if classKwargs == nil { classKwargs = newDict() }
                try dictSet(classKwargs!, k, v)
            }
        }
        var meta: Value = metaclass ?? .object(bases.first.map { typeOf($0) } ?? types.type)
        // The most derived metaclass among the bases' metaclasses.
        if case .object(let mo) = meta, var winner = mo as? PyType {
            for base in bases {
                let bt = typeOf(base)
                if bt.isSubtype(of: winner) { winner = bt }
                else if !winner.isSubtype(of: bt) {
                    throw error(types.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                }
            }
            meta = .object(winner)
        }
        let namespace: PyDict
        if let prepare = try? getAttribute(meta, staticName("__prepare__")), !(prepare.object is PyBuiltinFunction) {
            guard case .object(let no) = try call(prepare, [args[1], tuple(bases)], kwargs: classKwargs),
                  let ns = no as? PyDict else { throw error(types.typeError, "__prepare__() must return a mapping") }
            namespace = ns
        } else {
            namespace = newDict()
        }
        if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.isIdentical(to: $1) }) {
            try setItem(.object(namespace), str("__orig_bases__"), tuple(originalBases))
        }
        let frame = newFrame(code: body.code, globals: body.globals, builtins: builtins, locals: namespace, function: body)
        let result = try runNative(frame)
        let cls = try call(meta, [args[1], tuple(bases), .object(namespace)], kwargs: classKwargs)
        // type.__new__ fills the __class__ cell from __classcell__; a metaclass that did not
        // pass it on leaves the cell empty (builtin___build_class__'s check).
        if case .object(let co) = result, let cell = co as? PyCell, cls.object is PyType {
            if cell.contents.isNull {
                throw error(types.runtimeError, "__class__ not set defining \(try repr(args[1])) as \(try repr(cls)). "
                            + "Was __classcell__ propagated to type.__new__?")
            }
            if !cell.contents.isIdentical(to: cls) {
                throw error(types.typeError, "__class__ set to \(try repr(cell.contents)) defining \(try repr(args[1])) as \(try repr(cls))")
            }
        }
        _ = name
        return cls
    }

    /// type.__new__(meta, name, bases, namespace).
    func createClass(_ meta: PyType, _ name: String, _ baseValues: [Value], _ ns: PyDict, kwargs: PyDict?) throws -> PyType {
        var bases: [PyType] = []
        for b in baseValues {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw error(types.typeError, "bases must be types")
            }
            if t === types.bool || t === types.slice || t === types.range || t === types.none
                || t === types.notImplemented || t === types.ellipsis || t === types.function || t === types.builtinFunction {
                throw error(types.typeError, "type '\(t.name)' is not an acceptable base type")
            }
            bases.append(t)
        }
        if bases.isEmpty { bases = [types.object] }
        for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
            throw error(types.typeError, "duplicate base class \(b.name)")
        }
        let layout = bases.map { $0.layout }.first { $0 != .object } ?? .object
        if bases.contains(where: { $0.layout != .object && $0.layout != layout }) {
            throw error(types.typeError, "multiple bases have instance lay-out conflict")
        }
        let namespace = newDict()
        for (k, v) in ns.items {
            // type_new consumes __classcell__ and __qualname__ (the latter becomes the type's own).
            if strValue(k) == "__classcell__" || strValue(k) == "__qualname__" { continue }
            try dictSet(namespace, k, v)
        }
        let cls = PyType(metatype: meta, name: name, bases: bases, layout: layout, isHeapType: true, namespace: namespace)
        if let module = namespace.lookupString(staticName("__module__")), let m = strValue(module) { cls.moduleName = m }
        if let q = ns.lookupString(staticName("__qualname__")) {
            guard let qs = strValue(q) else {
                throw error(types.typeError, "type __qualname__ must be a str, not \(typeName(q))")
            }
            cls.qualname = qs
        }
        try installSlots(cls, bases)
        if let classCell = ns.lookupString(staticName("__classcell__")) {
            guard let cell = classCell.object as? PyCell else {
                throw error(types.typeError, "__classcell__ must be a nonlocal cell, not \(try repr(.object(typeOf(classCell))))")
            }
            cell.contents = .object(cls)
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if namespace.lookupString(staticName("__eq__")) != nil && namespace.lookupString(staticName("__hash__")) == nil {
            namespace.setString(staticName("__hash__"), .none)
        }
        // __new__ defined in a class body is implicitly a staticmethod.
        if let new = namespace.lookupString(staticName("__new__")), new.object is PyFunction {
            namespace.setString(staticName("__new__"), .object(PyStaticMethod(type: types.staticMethod, new)))
        }
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let f = namespace.lookupString(intern(special)), f.object is PyFunction {
                namespace.setString(intern(special), .object(PyClassMethod(type: types.classMethod, f)))
            }
        }
        try cls.computeMRO(self)
        // A metaclass may override mro(); type.mro is the C3 linearization computed above.
        if meta !== types.type, let custom = meta.lookup(staticName("mro")), !(custom.object is PyBuiltinFunction) {
            var order: [PyType] = []
            for item in try toArray(try callMethodValue(custom, .object(cls), [])) {
                guard let t = item.object as? PyType else {
                    throw error(types.typeError, "mro() returned a non-class ('\(typeName(item))')")
                }
                order.append(t)
            }
            cls.replaceMRO(order)
        }
        for base in bases { base.addSubclass(cls) }
        cls.hasFinalizer = cls.lookup(staticName("__del__")) != nil
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (k, v) in namespace.items {
            if case .object(let o) = v, let setName = o.type.lookup(staticName("__set_name__")) {
                do {
                    _ = try callMethodValue(setName, v, [.object(cls), k])
                } catch let inner as PyException {
                    let wrapped = error(types.runtimeError,
                                        "Error calling __set_name__ on '\(o.type.name)' instance \(try repr(k)) in '\(cls.name)'")
                    wrapped.exception.cause = .object(inner.exception)
                    wrapped.exception.context = .object(inner.exception)
                    wrapped.exception.suppressContext = true
                    throw wrapped
                }
            }
        }
        if cls.mro.count > 1 {
            let parentSuper = PySuper(type: types.superType, startAfter: cls, object: .object(cls), objectType: cls)
            let initSubclass = try getAttribute(.object(parentSuper), staticName("__init_subclass__"))
            _ = try call(initSubclass, [], kwargs: kwargs)
        }
        return cls
    }

    /// The rest of the builtin exception hierarchy (the commonly raised ones are in BuiltinTypes).
    func installMoreExceptionTypes() {
        var byName: [String: PyType] = [:]
        for (name, type) in [("BaseException", types.baseException), ("Exception", types.exception),
                             ("ValueError", types.valueError), ("ArithmeticError", types.arithmeticError),
                             ("LookupError", types.lookupError), ("RuntimeError", types.runtimeError),
                             ("ImportError", types.importError), ("NameError", types.nameError),
                             ("UnicodeError", types.unicodeError), ("UnicodeDecodeError", types.unicodeDecodeError),
                             ("UnicodeEncodeError", types.unicodeEncodeError)] {
            byName[name] = type
        }
        let table: [(String, String)] = [
            ("BaseExceptionGroup", "BaseException"), ("ExceptionGroup", "BaseExceptionGroup"),
            ("StopAsyncIteration", "Exception"), ("FloatingPointError", "ArithmeticError"),
            ("BufferError", "Exception"), ("EOFError", "Exception"), ("MemoryError", "Exception"),
            ("ReferenceError", "Exception"), ("OSError", "Exception"), ("BlockingIOError", "OSError"),
            ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
            ("TimeoutError", "OSError"), ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"),
            ("TabError", "IndentationError"), ("UnicodeTranslateError", "UnicodeError"),
            ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
            ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"), ("RuntimeWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
        ]
        for (name, parentName) in table {
            guard let parent = byName[parentName] else { continue }
            // ExceptionGroup derives from both BaseExceptionGroup and Exception.
            let bases = name == "ExceptionGroup" ? [parent, types.exception] : [parent]
            let t = PyType(metatype: types.type, name: name, bases: bases, layout: .baseException,
                           isHeapType: false, namespace: newDict())
            if bases.count > 1 { (try? t.computeMRO(self)) ?? t.setLinearMRO() } else { t.setLinearMRO() }
            byName[name] = t
            builtins.setString(intern(name), .object(t))
        }
        // Instances of every builtin exception type have a __dict__ (e.attr = 1 works).
        for (_, v) in builtins.items {
            if case .object(let o) = v, let t = o as? PyType, t.layout == .baseException { t.instancesHaveDict = true }
        }
        builtins.setString(staticName("EnvironmentError"), builtins.lookupString(staticName("OSError")) ?? .none)
        builtins.setString(staticName("IOError"), builtins.lookupString(staticName("OSError")) ?? .none)
    }

    func installExceptionTypes() {
        installMoreExceptionTypes()
        installExceptionGroupTypes()
        let base = types.baseException
        defineStatic(base, "__new__") { rt, args, _ in
            guard case .object(let o) = args[0], let cls = o as? PyType else { throw rt.error(rt.types.typeError, "bad exception type") }
            return .object(PyBaseException(type: cls, args: Array(args.dropFirst())))
        }
        if case .object(let oo) = builtins.lookupString(staticName("OSError")) ?? .none, let osError = oo as? PyType {
            installOSError(osError)
        }
        defineMethod(base, "__init__") { rt, args, kwargs in
            guard let e = args[0].object as? PyBaseException else { return .none }
            e.args = Array(args.dropFirst())
            if let kwargs, kwargs.count > 0 {
                // NameError(name=) and AttributeError(name=, obj=) take keywords; others none.
                let isAttr = e.type.isSubtype(of: rt.types.attributeError), isName = e.type.isSubtype(of: rt.types.nameError)
                let typeName = e.type.isHeapType ? e.type.name : e.type.name
                if !isAttr && !isName { throw rt.error(rt.types.typeError, "\(typeName)() takes no keyword arguments") }
                for (k, v) in kwargs.items {
                    let key = rt.strValue(k) ?? ""
                    if key == "name" { e.attributeName = v } else if key == "obj" && isAttr { e.attributeObject = v } else {
                        throw rt.error(rt.types.typeError, "'\(key)' is an invalid keyword argument for \(typeName)()")
                    }
                }
            }
            return .none
        }
        defineMethod(base, "__str__") { rt, args, _ in rt.str(try rt.toStr(args[0])) }
        defineMethod(base, "__repr__") { rt, args, _ in rt.str(try rt.builtinRepr(args[0].object!)) }
        defineMethod(base, "with_traceback") { rt, args, kwargs in
            try rt.expectArgs("BaseException.with_traceback", args.dropFirst(), kwargs, min: 1, max: 1)
            if let e = args[0].object as? PyBaseException { try rt.setTraceback(e, args[1]) }
            return args[0]
        }
        defineMethod(base, "add_note") { rt, args, _ in
            guard let e = args[0].object as? PyBaseException else { return .none }
            guard rt.strValue(args[1]) != nil else {
                throw rt.error(rt.types.typeError, "note must be a str, not '\(rt.typeName(args[1]))'")
            }
            if e.notes.isNull { e.notes = rt.list([]) }
            guard let notes = e.notes.object as? PyList else {
                throw rt.error(rt.types.typeError, "Cannot add note: __notes__ is not a list")
            }
            notes.items.append(args[1])
            return .none
        }
        let getters: [(String, (Runtime, PyBaseException) -> Value)] = [
            ("args", { rt, e in rt.tuple(e.args) }),
            ("__traceback__", { _, e in e.traceback.map { .object($0) } ?? .none }),
            ("__cause__", { _, e in e.cause }),
            ("__context__", { _, e in e.context }),
            ("__suppress_context__", { _, e in .bool(e.suppressContext) }),
        ]
        // getset descriptors (__suppress_context__ is a bool member in CPython).
        for (name, getter) in getters {
            let d = PyGetSetDescriptor(type: types.getsetDescriptor, name: name, owner: base, getter: { rt, obj in
                guard let e = obj.object as? PyBaseException else { return .none }
                return getter(rt, e)
            }, setter: { rt, obj, value in
                guard let e = obj.object as? PyBaseException else { return }
                guard let value else {
                    throw rt.error(rt.types.typeError, name == "__suppress_context__" ? "can't delete numeric/char attribute"
                                                                                   : "\(name) may not be deleted")
                }
                switch name {
                case "args": e.args = try rt.toArray(value)
                case "__traceback__": try rt.setTraceback(e, value)
                case "__cause__", "__context__":
                    guard value.isNone || value.object is PyBaseException else {
                        let what = name == "__cause__" ? "cause" : "context"
                        throw rt.error(rt.types.typeError, "exception \(what) must be None or derive from BaseException")
                    }
                    if name == "__cause__" { e.cause = value; e.suppressContext = true } else { e.context = value }
                default:
                    guard case .bool(let flag) = value else {
                        throw rt.error(rt.types.typeError, "attribute value type must be bool")
                    }
                    e.suppressContext = flag
                }
            }, reprKind: name == "__suppress_context__" ? "member" : "attribute")
            base.namespace.setString(intern(name), .object(d))
        }
        let notesGetter = PyBuiltinFunction(type: types.builtinFunction, name: "__notes__") { rt, args, _ in
            guard let e = args[0].object as? PyBaseException, !e.notes.isNull else {
                throw rt.error(rt.types.attributeError, "'\(rt.typeName(args[0]))' object has no attribute '__notes__'")
            }
            return e.notes
        }
        let notesSetter = PyBuiltinFunction(type: types.builtinFunction, name: "__notes__") { rt, args, _ in
            if let e = args[0].object as? PyBaseException, args.count > 1 { e.notes = args[1] }
            return .none
        }
        let notesDeleter = PyBuiltinFunction(type: types.builtinFunction, name: "__notes__") { rt, args, _ in
            guard let e = args[0].object as? PyBaseException, !e.notes.isNull else {
                throw rt.error(rt.types.attributeError, "__notes__")
            }
            e.notes = .null
            return .none
        }
        base.namespace.setString(staticName("__notes__"), .object(PyProperty(type: types.property, getter: .object(notesGetter),
                                                                          setter: .object(notesSetter),
                                                                          deleter: .object(notesDeleter), doc: .none)))
        for (type, attribute) in [(types.stopIteration, "value"), (types.systemExit, "code")] {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: attribute) { rt, args, _ in
                guard let e = args[0].object as? PyBaseException else { return .none }
                if attribute == "value" { return e.args.first ?? .none }
                return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? .none : rt.tuple(e.args))
            }
            type.namespace.setString(intern(attribute), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                           setter: .none, deleter: .none, doc: .none)))
        }
    }

    /// `__traceback__` assignment: a traceback or None.
    func setTraceback(_ e: PyBaseException, _ value: Value) throws {
        if value.isNone { e.traceback = nil; return }
        guard let tb = value.object as? PyTraceback else {
            throw error(types.typeError, "__traceback__ must be a traceback or None")
        }
        e.traceback = tb
    }

    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the errno picks the subclass.
    func installOSError(_ osError: PyType) {
        let errnoMap: [Int: String] = [
            1: "PermissionError", 13: "PermissionError", 2: "FileNotFoundError", 17: "FileExistsError",
            11: "BlockingIOError", 114: "BlockingIOError", 115: "BlockingIOError", 10: "ChildProcessError",
            32: "BrokenPipeError", 108: "BrokenPipeError", 103: "ConnectionAbortedError",
            111: "ConnectionRefusedError", 104: "ConnectionResetError", 4: "InterruptedError",
            21: "IsADirectoryError", 20: "NotADirectoryError", 3: "ProcessLookupError", 110: "TimeoutError",
        ]
        defineStatic(osError, "__new__") { rt, args, _ in
            guard case .object(let o) = args[0], var cls = o as? PyType else { throw rt.error(rt.types.typeError, "bad exception type") }
            let rest = Array(args.dropFirst())
            if cls === osError, rest.count >= 2, rest.count <= 5, case .int(let code) = rest[0],
               let name = errnoMap[code], case .object(let so) = rt.builtins.lookupString(rt.intern(name)) ?? .none,
               let sub = so as? PyType {
                cls = sub
            }
            let e = PyBaseException(type: cls, args: rest)
            if rest.count >= 2, rest.count <= 5 {
                e.osErrorFields = [rest[0], rest[1], rest.count > 2 ? rest[2] : .none, rest.count > 4 ? rest[4] : .none]
                if rest.count > 2 { e.args = [rest[0], rest[1]] }
            }
            return .object(e)
        }
        defineMethod(osError, "__init__") { _, _, _ in .none }
        defineMethod(osError, "__str__") { rt, args, _ in
            guard let e = args[0].object as? PyBaseException else { return rt.str("") }
            if let f = e.osErrorFields {
                if !f[3].isNone {
                    return rt.str("[Errno \(try rt.toStr(f[0]))] \(try rt.toStr(f[1])): \(try rt.repr(f[2])) -> \(try rt.repr(f[3]))")
                }
                if !f[2].isNone { return rt.str("[Errno \(try rt.toStr(f[0]))] \(try rt.toStr(f[1])): \(try rt.repr(f[2]))") }
                return rt.str("[Errno \(try rt.toStr(f[0]))] \(try rt.toStr(f[1]))")
            }
            switch e.args.count {
            case 0: return rt.str("")
            case 1: return rt.str(try rt.toStr(e.args[0]))
            default: return rt.str(try rt.repr(rt.tuple(e.args)))
            }
        }
    }
}
