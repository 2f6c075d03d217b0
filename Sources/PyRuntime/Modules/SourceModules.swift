// Builtin modules written in Python (itertools, _collections, _sre, _io, ...): CPython
// implements them in C; pyvm ships their code objects inside the binary (compiled from
// Lib/ by CPython 3.11 in tools/embed_python_modules.py, into EmbeddedModuleSources.swift),
// so no compiler is needed to run them. Like native modules they are found before
// sys.path is searched; their body runs as a module named "<frozen NAME>" would.

#if canImport(Glibc)
import Glibc
#endif
import PyBytecode

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

    /// Standard base64 text (line breaks skipped) as bytes; nil when malformed.
    static func decodeBase64(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        values.reserveCapacity(text.utf8.count)
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(c - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(c - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): values.append(62)
            case UInt8(ascii: "/"): values.append(63)
            case UInt8(ascii: "="), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 3 / 4)
        var i = 0
        while i + 1 < values.count {
            let chunk = values[i..<min(i + 4, values.count)]
            var bits = 0
            for v in chunk { bits = bits << 6 | Int(v) }
            bits <<= 6 * (4 - chunk.count)
            let produced = chunk.count - 1
            for k in 0..<produced { out.append(UInt8((bits >> (16 - 8 * k)) & 0xFF)) }
            i += 4
        }
        return out
    }

    /// Whether `name` is a builtin module implemented in Python.
    static func isSourceModule(_ name: String) -> Bool {
        embeddedModuleCode[name] != nil || overrideSourcePath(name) != nil
    }

    /// Creates, registers in sys.modules and runs the embedded module `name`; the module is
    /// removed again when its body raises (as a failed file import is).
    func loadSourceModule(_ name: String) throws -> Value {
        let override = Runtime.overrideSourcePath(name).flatMap { host.readFile($0) }
        let embedded = Runtime.embeddedModuleCode[name]
        guard override != nil || embedded != nil else {
            throw importError("No module named '\(name)'", name: name, notFound: true)
        }
        let (module, ns) = newNativeModule(name)
        let key = intern(name)
        sysModules.setString(key, .object(module))
        do {
            if let source = override {
                let request = HostCompileRequest(source: source, sourceIsText: true, filename: "<frozen \(name)>",
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
            } else if let embedded {
                guard let data = Runtime.decodeBase64(embedded), case .code(let code) = try MarshalReader.load(data) else {
                    throw error(types.systemError, "the embedded code of builtin module \(name) is damaged")
                }
                try execModuleCode(code, order: .insertion, namespace: ns)
            }
        } catch {
            _ = try? dictRemove(sysModules, .object(key))
            throw error
        }
        return sysModules.lookupString(key) ?? .object(module)
    }
}
