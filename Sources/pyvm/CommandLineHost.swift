// The Host the command line gives the runtime: the process's standard streams and files.
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
}
