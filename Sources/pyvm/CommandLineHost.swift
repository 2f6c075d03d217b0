// The Host the command line gives the runtime: the process's standard streams and files.
import PyBytecode
import PyRuntime

final class CommandLineHost: Host {
    func writeStdout(_ text: String) { SystemIO.writeStdout(text) }
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
}
