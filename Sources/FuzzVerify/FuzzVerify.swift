// libFuzzer target for the code-object verifier: loads the input as a .pyc (or as bare
// marshal data) and verifies every code object in it. Whatever the bytes, the verifier must
// answer (accept or throw VerifyError), never trap. Built with -DFUZZING (tools/fuzz.sh
// FuzzVerify) it runs libFuzzer's driver; built normally it replays files.
import PyBytecode
#if canImport(Glibc)
import Glibc
#endif

/// Runs one input; any Swift trap here is a bug the fuzzer reports.
func fuzzOne(_ data: [UInt8]) {
    if let pyc = try? PycFile.parse(data) {
        _ = try? CodeVerifier.verify(pyc.code, recursive: true)
    }
    if case .code(let code)? = try? MarshalReader.load(data) {
        _ = try? CodeVerifier.verify(code, recursive: true)
    }
}

#if FUZZING
// SwiftPM links every executable through its own renamed `main`, so libFuzzer's `main` is
// not used; ours hands control to libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct FuzzerMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { start, count in
            guard let start else { return 0 }
            fuzzOne(Array(UnsafeBufferPointer(start: start, count: count)))
            return 0
        }
        exit(status)
    }
}
#else

/// Replays files (crash reproducers or a corpus) through the target.
func replay(_ path: String) -> Bool {
    guard let file = fopen(path, "rb") else { return false }
    defer { fclose(file) }
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n == 0 { break }
        data += buffer[0..<n]
    }
    fuzzOne(data)
    return true
}

/// Not named main.swift: top-level code would define `main` and hide libFuzzer's.
@main
struct Replayer {
    static func main() {
        var replayed = 0
        for path in CommandLine.arguments.dropFirst() where replay(path) { replayed += 1 }
        print("replayed \(replayed) inputs without a crash")
    }
}
#endif
