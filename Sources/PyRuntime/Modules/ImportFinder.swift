// Finding modules on sys.path and loading them (importlib's PathFinder, FileFinder and
// SourceFileLoader): packages, plain modules, sourceless .pyc files, namespace packages,
// and the __pycache__/NAME.cpython-311.pyc cache that CPython itself reads and writes.
import PyBytecode

/// A module file found on a search path.
struct FoundModule {
    enum Kind { case source, sourceless, namespace }
    var kind: Kind
    /// The file to load (`.../pkg/__init__.py` for a package); empty for namespace packages.
    var file: String
    /// `__path__` of a package (its directory, or a namespace package's portions); nil for modules.
    var packagePath: [String]?
}

extension Runtime {
    /// The directory entries of sys.path that are strings, in order.
    func sysPathEntries() throws -> [String] {
        guard let path = sysNamespace.lookupString(staticName("path")) else { return [] }
        guard case .object(let o) = path, o is PyList else {
            throw importError("sys.path must be a list of directory names")
        }
        return try toArray(path).compactMap { strValue($0) }
    }

    /// FileFinder.find_spec over `entries` for the last part of `name`.
    func findModuleFile(_ name: String, in entries: [String]) -> FoundModule? {
        let tail = name.split(separator: ".").last.map(String.init) ?? name
        var portions: [String] = []
        for entry in entries {
            let base = entry.isEmpty || entry == "." ? imports.currentDirectory : entry
            let stem = joinPath(base, tail)
            if host.fileStatus(stem)?.isDirectory == true {
                for (initName, kind) in [("__init__.py", FoundModule.Kind.source), ("__init__.pyc", .sourceless)] {
                    let initFile = joinPath(stem, initName)
                    if let status = host.fileStatus(initFile), !status.isDirectory {
                        return FoundModule(kind: kind, file: initFile, packagePath: [stem])
                    }
                }
                portions.append(stem)
            }
            // Extension modules (.so) cannot load here; a native module of that name is found
            // before the path is searched, and other names fall through to the next entry.
            for (suffix, kind) in [(".py", FoundModule.Kind.source), (".pyc", .sourceless)] {
                if let status = host.fileStatus(stem + suffix), !status.isDirectory {
                    return FoundModule(kind: kind, file: stem + suffix, packagePath: nil)
                }
            }
        }
        if !portions.isEmpty { return FoundModule(kind: .namespace, file: "", packagePath: portions) }
        return nil
    }

    func joinPath(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// importlib.util.cache_from_source: `dir/__pycache__/stem.cpython-311.pyc`.
    func cachePath(forSource path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? ""
        var file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let dot = file.lastIndex(of: ".") { file = String(file[..<dot]) }
        let cacheDirectory = directory.isEmpty ? "__pycache__" : directory + "/__pycache__"
        return cacheDirectory + "/" + file + ".cpython-311.pyc"
    }

    /// module_from_spec + exec_module: the module is in sys.modules while its body runs and
    /// is removed again when the body raises.
    func loadFoundModule(_ name: String, _ found: FoundModule) throws -> Value {
        let isPackage = found.packagePath != nil
        let parent = isPackage ? name : String(name[..<(name.lastIndex(of: ".") ?? name.startIndex)])
        let cached: String? = found.kind == .source ? cachePath(forSource: found.file)
                                                    : (found.kind == .sourceless ? found.file : nil)
        let spec = makeModuleSpec(name: name, origin: found.kind == .namespace ? nil : found.file,
                                  searchLocations: found.packagePath, cached: cached, parent: parent)
        let ns = newDict()
        ns.setString(staticName("__name__"), str(name))
        ns.setString(staticName("__doc__"), .none)
        ns.setString(staticName("__package__"), str(parent))
        ns.setString(staticName("__loader__"), .none)
        ns.setString(staticName("__spec__"), .object(spec))
        if let packagePath = found.packagePath {
            ns.setString(staticName("__path__"), list(packagePath.map { str($0) }))
        }
        if found.kind != .namespace {
            ns.setString(staticName("__file__"), str(found.file))
            ns.setString(staticName("__cached__"), cached.map { str($0) } ?? .none)
        } else {
            ns.setString(staticName("__file__"), .none)
        }
        let module = PyModule(type: types.module, name: name, namespace: ns)
        let key = intern(name)
        sysModules.setString(key, .object(module))
        if found.kind == .namespace { return .object(module) }
        spec.dict?.setString(intern("_initializing"), .bool(true))
        defer { spec.dict?.setString(intern("_initializing"), .bool(false)) }
        do {
            let (code, order) = try moduleCode(found)
            try execModuleCode(code, order: order, namespace: ns)
        } catch {
            _ = try? dictRemove(sysModules, .object(key))
            throw error
        }
        // A module may replace itself in sys.modules; the import gives whatever is there.
        guard let result = try dictRemove(sysModules, .object(key)) else { throw self.error(types.keyError, args: [.object(key)]) }
        sysModules.setString(key, result)
        return result
    }

    /// Runs a module body in its namespace (a native re-entry, like exec()).
    func execModuleCode(_ code: CodeObject, order: FrozensetConstantOrder, namespace: PyDict) throws {
        if namespace.lookupString(staticName("__builtins__")) == nil {
            namespace.setString(staticName("__builtins__"), .object(builtins))
        }
        let savedOrder = frozensetConstantOrder
        frozensetConstantOrder = order
        let codeObject: PyCodeObject
        do {
            defer { frozensetConstantOrder = savedOrder }
            codeObject = try PyCodeObject(type: types.code, code: code, rt: self)
        }
        let frame = newFrame(code: codeObject, globals: namespace, builtins: builtins, locals: namespace, function: nil)
        _ = try withExtendedLifetime((codeObject, namespace)) { try runNative(frame) }
    }

    /// The code of a found module: a valid cache, else the source compiled by the host (and
    /// cached unless sys.dont_write_bytecode), or a sourceless .pyc.
    func moduleCode(_ found: FoundModule) throws -> (CodeObject, FrozensetConstantOrder) {
        if found.kind == .sourceless {
            guard let data = host.readFile(found.file) else { throw importError("cannot read \(found.file)", path: found.file) }
            guard data.count >= 4, Array(data[0..<4]) == PycFile.magic else {
                throw importError("bad magic number in '\(found.file)'", path: found.file)
            }
            do {
                return (try PycFile.parse(data).code, .insertion)
            } catch {
                throw marshalException(error)
            }
        }
        guard let status = host.fileStatus(found.file), let source = host.readFile(found.file) else {
            throw importError("cannot read \(found.file)", path: found.file)
        }
        let cacheFile = cachePath(forSource: found.file)
        if let data = host.readFile(cacheFile), let code = try validCachedCode(data, status) {
            return (code, .insertion)
        }
        let request = HostCompileRequest(source: source, sourceIsText: false, filename: found.file, mode: "exec",
                                         flags: 0, dontInherit: true, optimize: -1)
        switch host.compile(request) {
        case .code(let code):
            if !(try dontWriteBytecode()) {
                let pyc = PycFile(flags: 0, validation: littleEndian32(status.modificationTime) + littleEndian32(status.size),
                                  code: code)
                if let bytes = try? pyc.serialize() { _ = host.writeFileAtomically(cacheFile, bytes) }
            }
            return (code, .iteration)
        case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
            throw syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
        case let .error(typeName, message):
            throw error(builtinExceptionType(typeName) ?? types.systemError, message)
        case .unavailable, .syntaxTree:
            throw importError("cannot compile \(found.file): this host has no compiler", path: found.file)
        }
    }

    /// SourceLoader's check of a timestamp .pyc header (mtime and size, each mod 2**32).
    /// Hash-based caches are used when unchecked; checked ones are recompiled.
    /// A cache whose header matches but whose body does not unmarshal raises, as in CPython.
    func validCachedCode(_ data: [UInt8], _ source: HostFileStatus) throws -> CodeObject? {
        guard data.count >= 16, Array(data[0..<4]) == PycFile.magic else { return nil }
        let flags = data[4]
        switch flags {
        case 0:
            guard Array(data[8..<12]) == littleEndian32(source.modificationTime),
                  Array(data[12..<16]) == littleEndian32(source.size) else { return nil }
        case 1:
            break
        default:
            return nil
        }
        do {
            return try PycFile.parse(data).code
        } catch {
            throw marshalException(error)
        }
    }

    /// marshal's errors as the Python exceptions marshal.loads raises.
    func marshalException(_ failure: Error) -> PyException {
        guard let m = failure as? MarshalError else { return importError("bad compiled module: \(failure)") }
        return error(builtinExceptionType(m.kind.rawValue) ?? types.valueError, m.message)
    }

    func littleEndian32(_ value: Int64) -> [UInt8] {
        let v = UInt32(truncatingIfNeeded: value)
        return [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
    }

    func dontWriteBytecode() throws -> Bool {
        guard let flag = sysNamespace.lookupString(intern("dont_write_bytecode")) else { return imports.dontWriteBytecode }
        return try isTrue(flag)
    }

    /// A ModuleSpec-like object (`_frozen_importlib.ModuleSpec`'s attributes, no loader).
    func makeModuleSpec(name: String, origin: String?, searchLocations: [String]?, cached: String?,
                        parent: String) -> PyObject {
        let type: PyType
        if let t = imports.specType {
            type = t
        } else {
            type = PyType(metatype: types.type, name: "ModuleSpec", bases: [types.object], layout: .object,
                          isHeapType: false, namespace: newDict(), moduleName: "_frozen_importlib")
            type.setLinearMRO()
            type.instancesHaveDict = true
            imports.specType = type
        }
        let spec = PyObject(type: type)
        let d = newDict()
        d.setString(intern("name"), str(name))
        d.setString(intern("loader"), .none)
        d.setString(intern("origin"), origin.map { str($0) } ?? .none)
        d.setString(intern("loader_state"), .none)
        d.setString(intern("submodule_search_locations"), searchLocations.map { list($0.map { str($0) }) } ?? .none)
        d.setString(intern("cached"), cached.map { str($0) } ?? .none)
        d.setString(intern("parent"), str(parent))
        d.setString(intern("has_location"), .bool(origin != nil && origin != "built-in"))
        d.setString(intern("_initializing"), .bool(false))
        spec.dict = d
        return spec
    }
}
