// `python3 -m NAME` (runpy._run_module_as_main): find the module on sys.path, importing its
// parent packages, and run its code as __main__ (a package runs its __main__ submodule).
import PyBytecode

/// runpy's own failures, printed as `<executable>: <reason>` (not as a traceback).
struct RunModuleFailure: Error {
    let reason: String
}

extension Runtime {
    /// Runs module `name` as __main__; returns the exit status.
    public func runModuleAsMain(_ name: String, interactive: (() -> String?)? = nil) -> Int32 {
        do {
            let (found, runName) = try findModuleToRun(name)
            let (code, order) = try moduleCode(found)
            // sys.argv[0] is the module's file, as runpy sets it.
            if case .object(let argv as PyList)? = sysNamespace.lookupString(intern("argv")), !argv.items.isEmpty {
                argv.items[0] = str(found.file)
            }
            frozensetConstantOrder = order
            return runMain(code, path: found.file, moduleName: runName, interactive: interactive)
        } catch let e as PyException {
            host.flushStdout()
            if e.exception.type.isSubtype(of: types.systemExit) { return handleUncaught(e.exception) }
            let message = (try? toStr(.object(e.exception))) ?? ""
            if e.exception.type.isSubtype(of: types.importError) {
                host.writeStderr("\(imports.executable): Error while finding module specification for '\(name)' "
                                 + "(\(e.exception.type.name): \(message))\n")
            } else {
                return handleUncaught(e.exception)
            }
            return 1
        } catch let failure as RunModuleFailure {
            host.writeStderr("\(imports.executable): \(failure.reason)\n")
            return 1
        } catch {
            host.writeStderr("SystemError: \(error)\n")
            return 1
        }
    }

    /// runpy._get_module_details: the file to run and the name it runs under.
    private func findModuleToRun(_ name: String) throws -> (FoundModule, String) {
        if name.hasPrefix(".") { throw runModuleError("Relative module names not supported") }
        var searchPath: [String]? = nil
        if let dot = name.lastIndex(of: ".") {
            let parent = String(name[..<dot])
            let package = try importModule(parent)
            guard let path = try lookupAttribute(package, "__path__") else {
                throw runModuleError("Error while finding module specification for '\(name)' (ModuleNotFoundError: "
                                     + "__path__ attribute not found on '\(parent)' while trying to find '\(name)')")
            }
            searchPath = try toArray(path).compactMap { strValue($0) }
        }
        if Runtime.nativeModuleNames.contains(name) {
            throw runModuleError("No code object available for \(name)")
        }
        guard let found = findModuleFile(name, in: try searchPath ?? sysPathEntries()), found.kind != .namespace else {
            throw runModuleError("No module named \(name)")
        }
        if found.packagePath != nil {
            let mainName = name + ".__main__"
            _ = try importModule(name)
            guard let main = findModuleFile(mainName, in: found.packagePath ?? []), main.packagePath == nil else {
                throw runModuleError("No module named \(mainName); '\(name)' is a package and cannot be directly executed")
            }
            return (main, mainName)
        }
        return (found, name)
    }

    private func runModuleError(_ reason: String) -> RunModuleFailure { RunModuleFailure(reason: reason) }

    /// Reports source that did not compile (-c, stdin) as CPython does: the SyntaxError
    /// printed like an uncaught exception, exit status 1.
    public func reportCompileFailure(_ result: HostCompileResult) -> Int32 {
        let exception: PyException
        switch result {
        case let .syntaxError(typeName, message, file, line, offset, text, endLine, endOffset):
            exception = syntaxError(typeName, message, file, line, offset, text, endLine, endOffset)
        case let .error(typeName, message):
            exception = error(builtinExceptionType(typeName) ?? types.systemError, message)
        case .code, .unavailable, .syntaxTree:
            exception = error(types.systemError, "the compiler bridge failed")
        }
        return handleUncaught(exception.exception)
    }
}
