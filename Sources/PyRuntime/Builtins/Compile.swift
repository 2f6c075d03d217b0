// compile(), eval() and exec(). Source text is compiled by the Host (the VM only runs code
// objects); the resulting code runs in a frame over the given globals and locals dicts,
// like a module body (LOAD_NAME looks in locals, then globals, then builtins).
import PyBytecode

extension Runtime {
    func installCompileBuiltins() {
        defineBuiltin("compile") { rt, args, kwargs in
            let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"]
            let a = try rt.bindArguments("compile", args, kwargs, names: names, required: 3)
            guard let filename = a[1].flatMap({ rt.strValue($0) }) ?? a[1].flatMap({ rt.bytesText($0) }) else {
                throw rt.error(rt.types.typeError, "compile() argument 'filename' must be str, bytes or os.PathLike, not \(rt.typeName(a[1] ?? .none))")
            }
            guard let mode = a[2].flatMap({ rt.strValue($0) }) else {
                throw rt.error(rt.types.typeError, "compile() argument 'mode' must be str, not \(rt.typeName(a[2] ?? .none))")
            }
            let flags = try a[3].map { try rt.index($0) } ?? 0
            let dontInherit = try a[4].map { try rt.isTrue($0) } ?? false
            let optimize = try a[5].map { try rt.index($0) } ?? -1
            guard ["exec", "eval", "single"].contains(mode) else {
                throw rt.error(rt.types.valueError, "compile() mode must be 'exec', 'eval' or 'single'")
            }
            if case .object(let o) = a[0] ?? .none, o is PyCodeObject { return a[0]! }
            if try flags & Runtime.onlySyntaxTreeFlag != 0 || rt.isSyntaxTree(a[0] ?? .none) {
                return try rt.compileSyntaxTree(a[0] ?? .none, filename: filename, mode: mode, flags: flags,
                                                dontInherit: dontInherit, optimize: optimize)
            }
            let code = try rt.compileSource(a[0] ?? .none, filename: filename, mode: mode, flags: flags,
                                            dontInherit: dontInherit, optimize: optimize, function: "compile",
                                            what: "a string, bytes or AST object")
            return .object(code)
        }
        for (name, mode) in [("eval", "eval"), ("exec", "exec")] {
            defineBuiltin(name) { rt, args, kwargs in
                let names = mode == "eval" ? ["source", "globals", "locals"] : ["source", "globals", "locals", "closure"]
                let a = try rt.bindArguments(name, args, kwargs, names: names, required: 1, positionalOnly: 3)
                return try rt.evalOrExec(name, mode: mode, a[0] ?? .none, globals: a[1] ?? .none, locals: a[2] ?? .none)
            }
        }
    }

    /// Binds a builtin's arguments by position and keyword; nil for omitted ones.
    func bindArguments(_ function: String, _ args: [Value], _ kwargs: PyDict?, names: [String], required: Int,
                       positionalOnly: Int = 0) throws -> [Value?] {
        if args.count > names.count {
            throw error(types.typeError, "\(function)() takes at most \(names.count) arguments (\(args.count) given)")
        }
        var bound: [Value?] = args.map { $0 } + Array(repeating: nil, count: names.count - args.count)
        if let kwargs {
            for (k, v) in kwargs.items {
                let key = strValue(k) ?? ""
                guard let i = names.firstIndex(of: key), i >= positionalOnly else {
                    throw error(types.typeError, "\(function)() takes no keyword arguments")
                }
                if bound[i] != nil {
                    throw error(types.typeError, "argument for \(function)() given by name ('\(key)') and position (\(i + 1))")
                }
                bound[i] = v
            }
        }
        for i in 0..<required where bound[i] == nil {
            if i < positionalOnly || args.count < required && kwargs == nil {
                throw error(types.typeError, "\(function) expected at least \(required) argument\(required == 1 ? "" : "s"), got \(args.count)")
            }
            throw error(types.typeError, "\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return bound
    }

    /// PyMapping_Check: a builtin type with a subscript, or a class with __getitem__.
    func isMappingLike(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyList || o is PyTuple || o is PyDict || o is PyStrObject || o is PyBytes || o is PyByteArray
            || o is PyRange || o is PyMappingProxy { return true }
        return o.type.lookup(staticName("__getitem__")) != nil
    }

    /// The Latin-1 text of a bytes or bytearray value.
    func bytesText(_ v: Value) -> String? {
        guard case .object(let o) = v else { return nil }
        if let b = o as? PyBytes { return String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })) }
        if let b = o as? PyByteArray { return String(String.UnicodeScalarView(b.bytes.map { Unicode.Scalar($0) })) }
        return nil
    }

    /// ast.PyCF_ONLY_AST.
    static let onlySyntaxTreeFlag = 0x400

    func isSyntaxTree(_ v: Value) throws -> Bool {
        guard case .object(let o) = v, !(o is PyStrObject), !(o is PyBytes), !(o is PyByteArray) else { return false }
        guard let ast = sysModules.lookupString(intern("_astbase")) else { return false }
        guard case .object(let t as PyType) = try getAttribute(ast, intern("AST")) else { return false }
        return isInstance(v, t)
    }

    /// compile() producing a syntax tree (PyCF_ONLY_AST) or taking one: the host compiles;
    /// `_astbase` turns trees to and from the bridge's tuples.
    func compileSyntaxTree(_ source: Value, filename: String, mode: String, flags: Int, dontInherit: Bool,
                           optimize: Int) throws -> Value {
        let astbase = try importModule("_astbase")
        var request: HostCompileRequest
        if try isSyntaxTree(source) {
            let tuples = try call(try getAttribute(astbase, intern("_to_bridge")), [source])
            request = HostCompileRequest(source: try marshalDump(tuples), sourceIsText: false, filename: filename,
                                         mode: mode, flags: flags, dontInherit: dontInherit, optimize: optimize)
            request.sourceIsSyntaxTree = true
        } else {
            let bytes: [UInt8]
            let isText: Bool
            switch source {
            case .object(let o as PyStrObject): bytes = Array(o.value.utf8); isText = true
            case .object(let o as PyBytes): bytes = o.bytes; isText = false
            case .object(let o as PyByteArray): bytes = o.bytes; isText = false
            default: throw error(types.typeError, "compile() arg 1 must be a string, bytes or AST object")
            }
            request = HostCompileRequest(source: bytes, sourceIsText: isText, filename: filename, mode: mode,
                                         flags: flags, dontInherit: dontInherit, optimize: optimize)
        }
        switch host.compile(request) {
        case .code(let code):
            return .object(try PyCodeObject(type: types.code, code: code, rt: self))
        case .syntaxTree(let tree):
            return try call(try getAttribute(astbase, intern("_from_bridge")), [try value(fromConstant: tree)])
        case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
            throw syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
        case let .error(typeName, message):
            throw error(builtinExceptionType(typeName) ?? types.systemError, message)
        case .unavailable:
            throw error(types.notImplementedError, "compile() of source needs a compiler, which this host does not provide")
        }
    }

    /// Compiles str or bytes source through the host, raising what CPython's compile raises.
    func compileSource(_ source: Value, filename: String, mode: String, flags: Int, dontInherit: Bool,
                       optimize: Int, function: String, what: String) throws -> PyCodeObject {
        let bytes: [UInt8]
        let isText: Bool
        switch source {
        case .object(let o as PyStrObject):
            bytes = Array(o.value.utf8)
            isText = true
        case .object(let o as PyBytes):
            bytes = o.bytes
            isText = false
        case .object(let o as PyByteArray):
            bytes = o.bytes
            isText = false
        default:
            throw error(types.typeError, "\(function)() arg 1 must be \(what)")
        }
        let request = HostCompileRequest(source: bytes, sourceIsText: isText, filename: filename, mode: mode,
                                         flags: flags, dontInherit: dontInherit, optimize: optimize)
        switch host.compile(request) {
        case .code(let code):
            return try PyCodeObject(type: types.code, code: code, rt: self)
        case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
            throw syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
        case let .error(typeName, message):
            let type = builtinExceptionType(typeName) ?? types.systemError
            throw error(type, message)
        case .unavailable, .syntaxTree:
            throw error(types.notImplementedError, "\(function)() of source needs a compiler, which this host does not provide")
        }
    }

    func builtinExceptionType(_ name: String) -> PyType? {
        if case .object(let o) = builtins.lookupString(intern(name)) ?? .none, let t = o as? PyType,
           t.isSubtype(of: types.baseException) { return t }
        return nil
    }

    /// A SyntaxError-family exception with CPython's args and attributes.
    func syntaxError(_ typeName: String, _ message: String, _ filename: String, _ line: Int?, _ offset: Int?,
                     _ text: String?, _ endLine: Int?, _ endOffset: Int?) -> PyException {
        let type = builtinExceptionType(typeName) ?? builtinExceptionType("SyntaxError") ?? types.exception
        func int(_ v: Int?) -> Value { v.map { .int($0) } ?? .none }
        let details: [Value] = [str(filename), int(line), int(offset), text.map { str($0) } ?? .none, int(endLine), int(endOffset)]
        let exception = PyBaseException(type: type, args: [str(message), tuple(details)])
        let attributes = newDict()
        for (name, value) in zip(["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"],
                                 [str(message)] + details) {
            attributes.setString(intern(name), value)
        }
        attributes.setString(intern("print_file_and_line"), .none)
        exception.dict = attributes
        return PyException(exception)
    }

    /// eval(source, globals, locals) and exec(source, globals, locals).
    func evalOrExec(_ function: String, mode: String, _ source: Value, globals: Value, locals: Value) throws -> Value {
        // The namespaces: the caller's by default; locals default to globals.
        let globalsDict: PyDict
        var localsDict: PyDict?
        if globals.isNone {
            guard let frame = callerFrame else { throw error(types.systemError, "\(function)(): no current frame") }
            globalsDict = frame.globals
            localsDict = locals.isNone ? try localsSnapshot(frame) : nil
        } else {
            guard case .object(let o) = globals, let d = o as? PyDict else {
                if function == "exec" {
                    throw error(types.typeError, "exec() globals must be a dict, not \(typeName(globals))")
                }
                let isMapping = isMappingLike(globals)
                throw error(types.typeError, isMapping ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict")
            }
            globalsDict = d
            if locals.isNone { localsDict = d }
        }
        if !locals.isNone {
            guard case .object(let o) = locals, let d = o as? PyDict else {
                if !isMappingLike(locals) {
                    throw error(types.typeError, function == "exec" ? "locals must be a mapping or None, not \(typeName(locals))" : "locals must be a mapping")
                }
                throw error(types.notImplementedError, "\(function)() with a locals mapping that is not a dict is not supported yet")
            }
            localsDict = d
        }
        if globalsDict.lookupString(staticName("__builtins__")) == nil {
            globalsDict.setString(staticName("__builtins__"), .object(builtins))
        }
        let code: PyCodeObject
        if case .object(let o) = source, let c = o as? PyCodeObject {
            code = c
        } else {
            var text = source
            // eval() ignores leading spaces and tabs of str source.
            if mode == "eval", case .object(let o as PyStrObject) = source {
                text = str(String(o.value.drop { $0 == " " || $0 == "\t" }))
            }
            code = try compileSource(text, filename: "<string>", mode: mode, flags: 0, dontInherit: false, optimize: -1,
                                     function: function, what: "a string, bytes or code object")
        }
        if !code.code.freevars.isEmpty {
            throw error(types.typeError, "code object passed to \(function)() may not contain free variables")
        }
        var frameBuiltins = builtins
        switch globalsDict.lookupString(staticName("__builtins__")) {
        case .object(let m as PyModule)?: frameBuiltins = m.namespace
        case .object(let d as PyDict)?: frameBuiltins = d
        default: break
        }
        let frame = newFrame(code: code, globals: globalsDict, builtins: frameBuiltins, locals: localsDict, function: nil)
        // The frame refers to these unowned; keep them alive while it runs.
        let result = try withExtendedLifetime((code, globalsDict, localsDict, frameBuiltins)) { try runNative(frame) }
        return mode == "eval" ? result : .none
    }
}

/// The attributes of a SyntaxError made by compileSource (msg, filename, lineno, ...).
struct SyntaxErrorFields {
    var message: String?
    var filename: String?
    var line: Int?
    var offset: Int?
    var text: String?
    var endOffset: Int?
}

extension Runtime {
    func syntaxErrorFields(_ e: PyBaseException) -> SyntaxErrorFields? {
        guard let syntaxErrorType = builtinExceptionType("SyntaxError"), e.type.isSubtype(of: syntaxErrorType),
              let d = e.dict, d.lookupString(intern("msg")) != nil else { return nil }
        func int(_ name: String) -> Int? {
            if case .int(let i)? = d.lookupString(intern(name)) { return i }
            return nil
        }
        func text(_ name: String) -> String? { d.lookupString(intern(name)).flatMap { strValue($0) } }
        return SyntaxErrorFields(message: text("msg"), filename: text("filename"), line: int("lineno"),
                                 offset: int("offset"), text: text("text"), endOffset: int("end_offset"))
    }

    /// SyntaxError_str: "msg (file, line N)" with the file's base name.
    func syntaxErrorStr(_ f: SyntaxErrorFields) -> String {
        let message = f.message ?? ""
        let base = f.filename.map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
        switch (base, f.line) {
        case let (file?, line?): return "\(message) (\(file), line \(line))"
        case let (file?, nil): return "\(message) (\(file))"
        case let (nil, line?): return "\(message) (line \(line))"
        default: return message
        }
    }

    /// traceback.py's _format_syntax_error: the location, the line and a caret range.
    func formatSyntaxError(_ f: SyntaxErrorFields, typeName: String) -> String {
        var out = ""
        var filenameSuffix = ""
        if let line = f.line {
            out += "  File \"\(f.filename ?? "<string>")\", line \(line)\n"
        } else if let file = f.filename {
            filenameSuffix = " (\(file))"
        }
        if let text = f.text {
            let rtext = Array(String(text.reversed().drop { $0 == "\n" }.reversed()))
            let ltext = Array(rtext.drop { $0 == " " || $0 == "\n" || $0 == "\u{0C}" })
            let spaces = rtext.count - ltext.count
            out += "    \(String(ltext))\n"
            if let offset = f.offset {
                var endOffset = (f.endOffset == nil || f.endOffset == 0) ? offset : f.endOffset!
                if offset == endOffset || endOffset == -1 { endOffset = offset + 1 }
                let colno = offset - 1 - spaces, endColno = endOffset - 1 - spaces
                if colno >= 0 {
                    let caretSpace = ltext.prefix(colno).map { $0.isWhitespace ? String($0) : " " }.joined()
                    out += "    \(caretSpace)\(String(repeating: "^", count: max(0, endColno - colno)))\n"
                }
            }
        }
        let message = f.message.map { $0.isEmpty ? "<no detail available>" : $0 } ?? "<no detail available>"
        return out + "\(typeName): \(message)\(filenameSuffix)\n"
    }
}
