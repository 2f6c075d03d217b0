// The import system, following importlib._bootstrap of 3.11: __import__ and IMPORT_NAME,
// relative names, packages, sys.modules, `from x import y` and `import *`, with CPython's
// error messages. Finding and loading files is in ImportFinder.swift; native modules are
// listed in NativeModules.swift.
import PyBytecode

/// The import system's state, one per runtime. The front end fills in the configuration
/// before running code; sys.modules and the sys module are made on first use.
public final class ImportState {
    /// sys.path[0]: the script's directory, "" for -c, -m and the REPL (nil: no entry).
    public var firstPathEntry: String? = nil
    /// PYTHONPATH's entries (empty with -E).
    public var environmentPath: [String] = []
    /// The working directory, for the "" entry of sys.path (CPython's FileFinder uses getcwd()).
    public var currentDirectory = "/"
    /// sys.dont_write_bytecode at start-up (-B, PYTHONDONTWRITEBYTECODE).
    public var dontWriteBytecode = false
    /// sys.executable and the extra sys attributes the front end knows.
    public var executable = ""
    /// Options shown in sys.flags (name, value), in CPython's order.
    public var flags: [(String, Int)] = []
    /// -X options for sys._xoptions.
    public var xOptions: [(String, String?)] = []
    /// abc's cache token (_abc.get_cache_token), bumped by every register().
    var abcInvalidationCounter = 0

    var sysModulesDict: PyDict? = nil
    var sysModule: PyModule? = nil
    var builtinsModule: PyModule? = nil
    var specType: PyType? = nil
    /// The builtin __import__, so IMPORT_NAME knows when builtins.__import__ was replaced.
    var builtinImport: PyObject? = nil

    public init() {}
}

extension Runtime {
    /// sys.modules (made on first use).
    var sysModules: PyDict {
        if let d = imports.sysModulesDict { return d }
        let d = newDict()
        imports.sysModulesDict = d
        return d
    }

    /// The sys module's namespace (the sys module is made on first use).
    var sysNamespace: PyDict {
        if let m = imports.sysModule { return m.namespace }
        let m = makeSysModule()
        imports.sysModule = m
        sysModules.setString(staticName("sys"), .object(m))
        return m.namespace
    }

    /// A module by its full name, importing it if needed (`import a.b` gives `a.b` here).
    public func importModule(_ name: String) throws -> Value {
        try findAndLoad(name)
    }

    /// IMPORT_NAME: builtins.__import__ when replaced, else the import itself.
    func importName(_ name: PyStrObject, globals: PyDict, locals: PyDict?, builtins frameBuiltins: PyDict,
                    fromlist: Value, level: Value) throws -> Value {
        guard let importFunction = frameBuiltins.lookupString(staticName("__import__")) else {
            throw error(types.importError, "__import__ not found")
        }
        if case .object(let f) = importFunction, f === imports.builtinImport {
            return try importModuleLevel(name.value, globals: globals, fromlist: fromlist, level: try index(level))
        }
        return try call(importFunction, [.object(name), .object(globals), locals.map { .object($0) } ?? .none, fromlist, level])
    }

    /// PyImport_ImportModuleLevelObject: what `__import__(name, globals, None, fromlist, level)` returns.
    func importModuleLevel(_ name: String, globals: PyDict?, fromlist: Value, level: Int) throws -> Value {
        if level < 0 { throw error(types.valueError, "level must be >= 0") }
        let absoluteName: String
        if level > 0 {
            absoluteName = try resolveRelativeName(name, globals: globals, level: level)
        } else {
            if name.isEmpty { throw error(types.valueError, "Empty module name") }
            absoluteName = name
        }
        let module = try findAndLoad(absoluteName)
        let hasFromlist = fromlist.isNone ? false : try isTrue(fromlist)
        if !hasFromlist {
            let front = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
            if level == 0 {
                return front == name ? module : try findAndLoad(front)
            }
            if name.isEmpty { return module }
            // `from . import x`-less relative forms: the package `level` dots name plus the first part.
            let cutOff = name.count - front.count
            let toReturn = String(absoluteName.dropLast(cutOff))
            guard let m = sysModules.lookupString(intern(toReturn)) else {
                throw error(types.keyError, "'\(toReturn)' not in sys.modules as expected")
            }
            return m
        }
        if try lookupAttribute(module, "__path__") != nil {
            return try handleFromlist(module, fromlist, recursive: false)
        }
        return module
    }

    /// importlib._bootstrap._calc___package__ and _resolve_name, with C's messages.
    func resolveRelativeName(_ name: String, globals: PyDict?, level: Int) throws -> String {
        guard let globals else { throw error(types.keyError, "'__name__' not in globals") }
        var package: String
        let spec = globals.lookupString(staticName("__spec__")) ?? .none
        if let p = globals.lookupString(staticName("__package__")), !p.isNone {
            guard let s = strValue(p) else { throw error(types.typeError, "package must be a string") }
            package = s
        } else if !spec.isNone {
            let parent = try getAttribute(spec, intern("parent"))
            guard let s = strValue(parent) else { throw error(types.typeError, "__spec__.parent must be a string") }
            package = s
        } else {
            // CPython warns (ImportWarning, ignored by default) and falls back on __name__.
            guard let n = globals.lookupString(staticName("__name__")) else {
                throw error(types.keyError, "'__name__' not in globals")
            }
            guard let s = strValue(n) else { throw error(types.typeError, "__name__ must be a string") }
            package = s
            if globals.lookupString(staticName("__path__")) == nil {
                package = String(package[..<(package.lastIndex(of: ".") ?? package.startIndex)])
            }
        }
        if package.isEmpty {
            throw importError("attempted relative import with no known parent package")
        }
        var base = Substring(package)
        for _ in 1..<level {
            guard let dot = base.lastIndex(of: ".") else {
                throw importError("attempted relative import beyond top-level package")
            }
            base = base[..<dot]
        }
        return name.isEmpty ? String(base) : "\(base).\(name)"
    }

    /// _find_and_load: sys.modules first, then the finders.
    func findAndLoad(_ name: String) throws -> Value {
        if let existing = sysModules.lookupString(intern(name)) {
            if existing.isNone {
                throw importError("import of \(name) halted; None in sys.modules", name: name, notFound: true)
            }
            return existing
        }
        return try loadModule(name)
    }

    /// _find_and_load_unlocked: import the parent, find a spec, load, bind in the parent.
    private func loadModule(_ name: String) throws -> Value {
        var searchPath: [String]? = nil
        var parentModule: Value? = nil
        let child: String
        if let dot = name.lastIndex(of: ".") {
            let parent = String(name[..<dot])
            child = String(name[name.index(after: dot)...])
            if sysModules.lookupString(intern(parent)) == nil { _ = try findAndLoad(parent) }
            // Importing the parent may have imported this module too.
            if let existing = sysModules.lookupString(intern(name)) { return existing }
            guard let parentValue = sysModules.lookupString(intern(parent)) else {
                throw error(types.keyError, "'\(parent)'")
            }
            parentModule = parentValue
            guard let path = try lookupAttribute(parentValue, "__path__") else {
                throw importError("No module named '\(name)'; '\(parent)' is not a package", name: name, notFound: true)
            }
            searchPath = try toArray(path).compactMap { strValue($0) }
        } else {
            child = name
        }
        let module: Value
        if searchPath == nil, let native = makeNativeModule(name) {
            sysModules.setString(intern(name), .object(native))
            module = .object(native)
        } else if searchPath == nil, Runtime.isSourceModule(name) {
            module = try loadSourceModule(name)
        } else if let found = findModuleFile(name, in: try searchPath ?? sysPathEntries()) {
            module = try loadFoundModule(name, found)
        } else {
            throw importError("No module named '\(name)'", name: name, notFound: true)
        }
        if let parentModule {
            try setAttribute(parentModule, intern(child), module)
        }
        return module
    }

    /// importlib._bootstrap._handle_fromlist: `from package import submodule` imports it.
    private func handleFromlist(_ module: Value, _ fromlist: Value, recursive: Bool) throws -> Value {
        for item in try toArray(fromlist) {
            guard let x = strValue(item) else {
                let moduleName = (try? lookupAttribute(module, "__name__")).flatMap { $0 }.flatMap(strValue) ?? "?"
                let where_ = recursive ? "\(moduleName).__all__" : "``from list''"
                throw error(types.typeError, "Item in \(where_) must be str, not \(typeName(item))")
            }
            if x == "*" {
                if !recursive, let all = try lookupAttribute(module, "__all__") {
                    _ = try handleFromlist(module, all, recursive: true)
                }
                continue
            }
            if try lookupAttribute(module, x) != nil { continue }
            guard let moduleName = try lookupAttribute(module, "__name__").flatMap(strValue) else { continue }
            let fromName = "\(moduleName).\(x)"
            do {
                _ = try findAndLoad(fromName)
            } catch let e as PyException where e.exception.type.isSubtype(of: types.moduleNotFoundError) {
                // A missing submodule is left for IMPORT_FROM to report, as CPython does.
                let missing = e.exception.dict?.lookupString(intern("name")).flatMap(strValue)
                if missing == fromName, sysModules.lookupString(intern(fromName)).map({ !$0.isNone }) ?? true { continue }
                throw e
            }
        }
        return module
    }

    /// IMPORT_FROM: the attribute, else the submodule from sys.modules, else ImportError.
    func importFrom(_ module: Value, _ name: PyStrObject) throws -> Value {
        do {
            return try getAttribute(module, name)
        } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {}
        let packageName = (try? lookupAttribute(module, "__name__")).flatMap { $0 }.flatMap(strValue)
        if let packageName, let submodule = sysModules.lookupString(intern("\(packageName).\(name.value)")) {
            return submodule
        }
        let shownPackage = (try? repr(str(packageName ?? "<unknown module name>"))) ?? "''"
        let shownName = (try? repr(.object(name))) ?? "''"
        var file: String? = nil
        if case .object(let m as PyModule) = module {
            file = m.namespace.lookupString(staticName("__file__")).flatMap(strValue)
        }
        guard let file else {
            throw importError("cannot import name \(shownName) from \(shownPackage) (unknown location)", name: packageName)
        }
        if case .object(let m as PyModule) = module, isInitializing(m) {
            throw importError("cannot import name \(shownName) from partially initialized module \(shownPackage) "
                              + "(most likely due to a circular import) (\(file))", name: packageName, path: file)
        }
        throw importError("cannot import name \(shownName) from \(shownPackage) (\(file))", name: packageName, path: file)
    }

    /// IMPORT_STAR (import_all_from): `__all__`, else the public names of `__dict__`.
    func importStar(_ module: Value, into locals: PyDict) throws {
        var names: [Value]
        var skipPrivate = false
        if let all = try lookupAttribute(module, "__all__") {
            names = try toArray(all)
        } else {
            guard let dict = try lookupAttribute(module, "__dict__") else {
                throw importError("from-import-* object has no __dict__ and no __all__")
            }
            names = try toArray(dict)
            skipPrivate = true
        }
        for item in names {
            guard let name = strValue(item) else {
                guard let moduleName = try lookupAttribute(module, "__name__").flatMap(strValue) else {
                    throw error(types.typeError, "module __name__ must be a string, not \(typeName(item))")
                }
                throw error(types.typeError, skipPrivate
                    ? "Key in \(moduleName).__dict__ must be str, not \(typeName(item))"
                    : "Item in \(moduleName).__all__ must be str, not \(typeName(item))")
            }
            if skipPrivate && name.hasPrefix("_") { continue }
            let value = try getAttribute(module, intern(name))
            try dictSet(locals, item, value)
        }
    }

    /// getattr(obj, name, None)-like: nil only for AttributeError.
    func lookupAttribute(_ obj: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(obj, intern(name))
        } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {
            return nil
        }
    }

    /// ImportError / ModuleNotFoundError with their `name` and `path` attributes.
    func importError(_ message: String, name: String? = nil, path: String? = nil, notFound: Bool = false) -> PyException {
        let e = PyBaseException(type: notFound ? types.moduleNotFoundError : types.importError, args: [str(message)])
        let fields = newDict()
        fields.setString(intern("msg"), str(message))
        fields.setString(intern("name"), name.map { str($0) } ?? .none)
        fields.setString(intern("path"), path.map { str($0) } ?? .none)
        e.dict = fields
        return PyException(e)
    }

    /// Whether a module is still executing its body (`__spec__._initializing`).
    func isInitializing(_ module: PyModule) -> Bool {
        guard case .object(let spec)? = module.namespace.lookupString(staticName("__spec__")),
              let flag = spec.dict?.lookupString(intern("_initializing")) else { return false }
        return (try? isTrue(flag)) ?? false
    }

    /// The `__getattr__` fallback of modules (PEP 562) and module_getattro's messages.
    func moduleMissingAttribute(_ module: PyModule, _ name: PyStrObject) throws -> Value {
        if let getattr = module.namespace.lookupString(staticName("__getattr__")) {
            return try call(getattr, [.object(name)])
        }
        let e: PyException
        if let moduleName = module.namespace.lookupString(staticName("__name__")).flatMap(strValue) {
            if isInitializing(module) {
                e = error(types.attributeError, "partially initialized module '\(moduleName)' has no attribute "
                          + "'\(name.value)' (most likely due to a circular import)")
            } else {
                e = error(types.attributeError, "module '\(moduleName)' has no attribute '\(name.value)'")
            }
        } else {
            e = error(types.attributeError, "module has no attribute '\(name.value)'")
        }
        e.exception.attributeName = .object(name)
        e.exception.attributeObject = .object(module)
        throw e
    }

    /// dir(module): the module's own `__dir__()`, else its namespace's names, sorted.
    func moduleDir(_ module: PyModule) throws -> Value {
        let names: [Value]
        if let custom = module.namespace.lookupString(staticName("__dir__")) {
            names = try toArray(try call(custom, []))
        } else {
            names = module.namespace.items.map { $0.key }
        }
        let sorted = names.compactMap { strValue($0) }.sorted { compareStrings(intern($0), intern($1), .lt) }
        return list(sorted.map { str($0) })
    }

    /// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
    func installImportBuiltin() {
        defineBuiltin("__import__") { rt, args, kwargs in
            var values: [Value?] = args.map { $0 }
            if args.count > 5 { throw rt.error(rt.types.typeError, "__import__() takes at most 5 arguments (\(args.count) given)") }
            values += Array(repeating: nil, count: 5 - args.count)
            let names = ["name", "globals", "locals", "fromlist", "level"]
            if let kwargs {
                for (k, v) in kwargs.items {
                    guard let key = rt.strValue(k), let i = names.firstIndex(of: key) else {
                        throw rt.error(rt.types.typeError, "'\(rt.strValue(k) ?? "")' is an invalid keyword argument for __import__()")
                    }
                    if values[i] != nil {
                        throw rt.error(rt.types.typeError, "argument for __import__() given by name ('\(key)') and position (\(i + 1))")
                    }
                    values[i] = v
                }
            }
            guard let nameValue = values[0] else {
                throw rt.error(rt.types.typeError, "__import__() missing required argument 'name' (pos 1)")
            }
            guard let name = rt.strValue(nameValue) else {
                throw rt.error(rt.types.typeError, "module name must be a string")
            }
            let level = try values[4].map { try rt.index($0) } ?? 0
            var globals: PyDict? = nil
            if case .object(let d as PyDict)? = values[1] { globals = d }
            else if let g = values[1], !g.isNone, level > 0 { throw rt.error(rt.types.typeError, "globals must be a dict") }
            return try rt.importModuleLevel(name, globals: globals, fromlist: values[3] ?? .none, level: level)
        }
        imports.builtinImport = builtins.lookupString(staticName("__import__"))?.object
        installImportErrorMethods()
        installInputBuiltin()
    }
}

extension Runtime {
    /// ImportError(*args, name=None, path=None): `msg` is the only argument, if there is one.
    func installImportErrorMethods() {
        // Exceptions take attributes (e.msg = ...), as CPython's do through their __dict__.
        types.importError.instancesHaveDict = true
        types.moduleNotFoundError.instancesHaveDict = true
        defineMethod(types.importError, "__init__") { rt, args, kwargs in
            guard let e = args[0].object as? PyBaseException else { return .none }
            e.args = Array(args.dropFirst())
            var name: Value = .none, path: Value = .none
            for (k, v) in kwargs?.items ?? [] {
                switch rt.strValue(k) {
                case "name": name = v
                case "path": path = v
                default: throw rt.error(rt.types.typeError, "'\(rt.strValue(k) ?? "")' is an invalid keyword argument for ImportError()")
                }
            }
            let fields = e.dict ?? rt.newDict()
            e.dict = fields
            fields.setString(rt.intern("name"), name)
            fields.setString(rt.intern("path"), path)
            fields.setString(rt.intern("msg"), args.count == 2 ? args[1] : .none)
            return .none
        }
    }

    /// ImportError_str: its `msg` when that is a str.
    func importErrorStr(_ e: PyBaseException) -> String? {
        guard e.type.isSubtype(of: types.importError), case .object(let m as PyStrObject)? = e.dict?.lookupString(intern("msg")),
              m.type === types.str else { return nil }
        return m.value
    }
}
