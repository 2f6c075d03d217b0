// Builtin modules written in Python (itertools, _collections, _weakref, _string): CPython
// implements them in C; pyvm ships their Python source inside the binary (generated from
// Lib/ by tools/embed_python_modules.py into EmbeddedModuleSources.swift). Like native
// modules they are found before sys.path is searched; their body is compiled by the host
// on first import and runs as a module named "<frozen NAME>" would.

#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    /// For developing Lib/ without rebuilding: when the environment variable PYVM_LIB_DIR
    /// names a folder, `NAME.py` found there replaces the embedded source of module NAME
    /// (and adds NAME when nothing is embedded under it).
    static let sourceOverrideDirectory: String? = {
        #if canImport(Glibc)
        if let value = getenv("PYVM_LIB_DIR") { return String(cString: value) }
        #endif
        return nil
    }()

    static func overrideSourcePath(_ name: String) -> String? {
        guard let directory = sourceOverrideDirectory, !name.contains("/"), !name.contains(".") else { return nil }
        let path = "\(directory)/\(name).py"
        #if canImport(Glibc)
        return access(path, R_OK) == 0 ? path : nil
        #else
        return nil
        #endif
    }

    /// Whether `name` is a builtin module implemented in Python.
    static func isSourceModule(_ name: String) -> Bool {
        embeddedModuleSources[name] != nil || overrideSourcePath(name) != nil
    }

    /// Creates, registers in sys.modules and runs the embedded module `name`; the module is
    /// removed again when its body raises (as a failed file import is).
    func loadSourceModule(_ name: String) throws -> Value {
        let override = Runtime.overrideSourcePath(name).flatMap { host.readFile($0) }.map { String(decoding: $0, as: UTF8.self) }
        guard let source = override ?? Runtime.embeddedModuleSources[name] else {
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
            case .unavailable, .syntaxTree:
                throw importError("cannot compile builtin module \(name): this host has no compiler", name: name)
            }
        } catch {
            _ = try? dictRemove(sysModules, .object(key))
            throw error
        }
        return sysModules.lookupString(key) ?? .object(module)
    }
}
