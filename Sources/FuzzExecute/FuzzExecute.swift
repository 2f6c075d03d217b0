// libFuzzer target for the whole pipeline: load the input as a .pyc (or bare marshal data),
// verify it, and run it under small execution limits with a host that has no file system.
// Whatever the bytes, pyvm must end in a result, a Python exception or a limit stop,
// never a trap. Built with -DFUZZING (tools/fuzz.sh FuzzExecute) it runs libFuzzer's
// driver; built normally it replays files.
import FuzzSupport
import PyBytecode
import PyRuntime

/// One runtime for the whole fuzzing process, as a long-running embedder keeps one: a
/// runtime's builtin types form reference cycles that are reclaimed at process exit, not
/// when the Runtime is dropped, so a runtime per input would grow memory by ~1.4 MB per
/// execution. Inputs also see whatever earlier inputs did to the runtime's state, which
/// only widens what is tested.
nonisolated(unsafe) let sharedRuntime: Runtime = {
    let runtime = Runtime(host: CapturingHost())
    runtime.recursionLimit = 200
    return runtime
}()

/// Runs one input; any Swift trap here is a bug the fuzzer reports.
func fuzzOne(_ data: [UInt8]) {
    let code: CodeObject
    if let pyc = try? PycFile.parse(data) {
        code = pyc.code
    } else if case .code(let loaded)? = try? MarshalReader.load(data) {
        code = loaded
    } else {
        return
    }
    guard (try? CodeVerifier.verify(code, recursive: true)) != nil else { return }
    let runtime = sharedRuntime
    runtime.armLimits(ExecutionLimits(maxInstructions: 100_000, maxMemoryMegabytes: 1024))
    _ = runtime.runMain(code, path: nil)
}

@main
struct FuzzTarget {
    static func main() { runFuzzTarget(fuzzOne) }
}
