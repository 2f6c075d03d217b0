// The interactive loop (python3 -i, or a terminal on stdin): prompts on stderr, each
// statement compiled in "single" mode so expression values are echoed (PRINT_EXPR calls
// sys.displayhook), tracebacks printed and the loop continued.

extension Runtime {
    /// codeop's flags: PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT, so an unfinished
    /// block is the SyntaxError "incomplete input" rather than an error.
    static let interactiveCompileFlags = 0x200 | 0x4000

    /// Reads statements until end of input; returns the exit status (0, or SystemExit's).
    func runInteractiveLoop(_ globals: PyDict, readLine: () -> String?) -> Int32 {
        var lines: [String] = []
        while true {
            host.flushStdout()
            host.writeStderr(lines.isEmpty ? ">>> " : "... ")
            guard let line = readLine() else {
                host.writeStderr("\n")
                return 0
            }
            // Blank and comment lines between statements only bring the next prompt.
            let stripped = line.drop { $0 == " " || $0 == "\t" }
            if lines.isEmpty && (stripped.isEmpty || stripped.hasPrefix("#")) { continue }
            lines.append(line)
            let source = lines.joined(separator: "\n") + "\n"
            let request = HostCompileRequest(source: Array(source.utf8), sourceIsText: true, filename: "<stdin>",
                                             mode: "single", flags: Runtime.interactiveCompileFlags, dontInherit: true,
                                             optimize: -1)
            do {
                let code: PyCodeObject
                switch host.compile(request) {
                case .code(let compiled):
                    // The interactive tokenizer ends a compound statement only at a blank line.
                    if Runtime.startsCompoundStatement(lines[0]) && !(lines.count > 1 && line.allSatisfy({ $0 == " " || $0 == "\t" })) {
                        continue
                    }
                    lines = []
                    code = try PyCodeObject(type: types.code, code: compiled, rt: self)
                case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
                    if message == "incomplete input" { continue }
                    lines = []
                    throw syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
                case let .error(typeName, message):
                    lines = []
                    throw error(builtinExceptionType(typeName) ?? types.systemError, message)
                case .unavailable, .syntaxTree:
                    host.writeStderr("pyvm: this host cannot compile source\n")
                    return 1
                }
                let frame = newFrame(code: code, globals: globals, builtins: builtins, locals: globals, function: nil)
                frame.isEntry = true
                try withExtendedLifetime((code, globals)) { _ = try run(frame) }
            } catch let e as PyException {
                host.flushStdout()
                if e.exception.type.isSubtype(of: types.systemExit) { return handleUncaught(e.exception) }
                sysNamespace.setString(intern("last_type"), .object(e.exception.type))
                sysNamespace.setString(intern("last_value"), .object(e.exception))
                _ = handleUncaught(e.exception)
            } catch {
                host.writeStderr("SystemError: \(error)\n")
            }
        }
    }

    /// Whether a statement's first line opens a block (`if`, `def`, a decorator, ...).
    static func startsCompoundStatement(_ line: String) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        if text.hasPrefix("@") { return true }
        let word = text.prefix { $0.isLetter || $0 == "_" }
        return ["if", "for", "while", "def", "class", "with", "try", "async"].contains(String(word))
    }

    /// PRINT_EXPR: sys.displayhook(value).
    func displayValue(_ value: Value) throws {
        guard let hook = sysNamespace.lookupString(intern("displayhook")) else {
            throw error(types.runtimeError, "lost sys.displayhook")
        }
        _ = try call(hook, [value])
    }

    /// The default sys.displayhook: repr on stdout, remembered as builtins._ (None is not shown).
    func installDisplayHook(_ ns: PyDict) {
        let hook = PyBuiltinFunction(type: types.builtinFunction, name: "displayhook") { rt, args, kwargs in
            try rt.expectOneArgument("sys.displayhook", args, kwargs)
            if args[0].isNone { return .none }
            rt.builtins.setString(rt.intern("_"), .none)
            let text = try rt.repr(args[0])
            rt.host.writeStdout(text + "\n")
            rt.builtins.setString(rt.intern("_"), args[0])
            return .none
        }
        ns.setString(intern("displayhook"), .object(hook))
        ns.setString(intern("__displayhook__"), .object(hook))
    }
}
