// The Host the command line gives the runtime: the process's standard streams, files for
// imports (stat, read, atomic cache writes) and python3's default module search path.
#if canImport(Glibc)
import Glibc
#endif
import PyBytecode
import PyRuntime

final class CommandLineHost: Host {
    /// -u: write stdout through at once.
    var unbuffered = false
    /// The stdlib entries of sys.path (python311.zip, lib/python3.11, lib-dynload,
    /// site-packages), when the compile bridge already reported them; else asked on first use.
    var knownSearchPath: [String]?

    init(searchPath: [String]? = nil) {
        self.knownSearchPath = searchPath
    }

    func writeStdout(_ text: String) {
        SystemIO.writeStdout(text)
        if unbuffered { SystemIO.flushStdout() }
    }
    func writeStderr(_ text: String) {
        SystemIO.flushStdout()
        SystemIO.writeStderr(text)
        SystemIO.flushStderr()
    }
    func flushStdout() { SystemIO.flushStdout() }
    func readSource(_ path: String) -> [UInt8]? { try? SystemIO.readFile(path) }

    /// Compiled sources by request: a loop calling eval() on the same text runs python3 once.
    private var compiled: [HostCompileRequest: CodeObject] = [:]

    func compile(_ request: HostCompileRequest) -> HostCompileResult {
        if let code = compiled[request] { return .code(code) }
        let result = PythonBridge.compileSource(request)
        if case .code(let code) = result, compiled.count < 1024 { compiled[request] = code }
        return result
    }

    func fileStatus(_ path: String) -> HostFileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return HostFileStatus(isDirectory: (info.st_mode & S_IFMT) == S_IFDIR,
                              modificationTime: Int64(info.st_mtim.tv_sec), size: Int64(info.st_size))
    }

    func readFile(_ path: String) -> [UInt8]? { try? SystemIO.readFile(path) }

    func readInputLine() -> String? { SystemIO.readLine(keepingNewline: true) }

    /// importlib's _write_atomic: a temporary file renamed over the target, the cache
    /// directory made first; any failure just leaves no cache.
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) -> Bool {
        if let slash = path.lastIndex(of: "/") {
            let directory = String(path[..<slash])
            if !directory.isEmpty { mkdir(directory, 0o755) }
        }
        let temporary = "\(path).\(getpid())"
        guard (try? SystemIO.writeFile(temporary, bytes)) != nil else {
            unlink(temporary)
            return false
        }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }

    func defaultModuleSearchPath() -> [String] {
        if let knownSearchPath { return knownSearchPath }
        let paths = PythonBridge.defaultSearchPath()
        knownSearchPath = paths
        return paths
    }
}
