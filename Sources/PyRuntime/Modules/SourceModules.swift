// Builtin modules written in Python (itertools, _collections, _weakref, _string): CPython
// implements them in C; pyvm ships their Python source inside the binary (generated from
// Lib/ by tools/embed_python_modules.py into EmbeddedModuleSources.swift). Like native
// modules they are found before sys.path is searched; their body is compiled by the host
// on first import and runs as a module named "<frozen NAME>" would.

extension Runtime {
    /// Whether `name` is a builtin module implemented in Python.
    static func isSourceModule(_ name: String) -> Bool { embeddedModuleSources[name] != nil }

    /// Creates, registers in sys.modules and runs the embedded module `name`; the module is
    /// removed again when its body raises (as a failed file import is).
    func loadSourceModule(_ name: String) throws -> Value {
        guard let source = Runtime.embeddedModuleSources[name] else {
            throw importError("No module named '\(name)'", name: name, notFound: true)
        }
        let (module, ns) = newNativeModule(name)
        let key = intern(name)
        sysModules.setString(key, .object(module))
        do {
            let request = HostCompileRequest(source: Array(source.utf8), sourceIsText: true, filename: "<frozen \(name)>",
                                             mode: "exec", flags: 0, dontInherit: true, optimize: -1)
            switch host.compile(request) {
            case .code(let code):
                try execModuleCode(code, order: .iteration, namespace: ns)
            case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
                throw syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
            case let .error(typeName, message):
                throw error(builtinExceptionType(typeName) ?? types.systemError, message)
            case .unavailable:
                throw importError("cannot compile builtin module \(name): this host has no compiler", name: name)
            }
        } catch {
            _ = try? dictRemove(sysModules, .object(key))
            throw error
        }
        return sysModules.lookupString(key) ?? .object(module)
    }
}
