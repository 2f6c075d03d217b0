// libFuzzer target for the code-object verifier: loads the input as a .pyc (or as bare
// marshal data) and verifies every code object in it. Whatever the bytes, the verifier must
// answer (accept or throw VerifyError), never trap. Built with -DFUZZING (tools/fuzz.sh
// FuzzVerify) it runs libFuzzer's driver; built normally it replays files.
import FuzzSupport
import PyBytecode

/// Runs one input; any Swift trap here is a bug the fuzzer reports.
func fuzzOne(_ data: [UInt8]) {
    if let pyc = try? PycFile.parse(data) {
        _ = try? CodeVerifier.verify(pyc.code, recursive: true)
    }
    if case .code(let code)? = try? MarshalReader.load(data) {
        _ = try? CodeVerifier.verify(code, recursive: true)
    }
}

@main
struct FuzzTarget {
    static func main() { runFuzzTarget(fuzzOne) }
}
