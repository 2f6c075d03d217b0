// The shared harness of the fuzz targets (FuzzMarshal, FuzzVerify, FuzzExecute): built with
// -DFUZZING (tools/fuzz.sh) it hands each target's body to libFuzzer's driver; built normally
// it replays the files named on the command line (crash reproducers or a corpus).
#if canImport(Glibc)
import Glibc
#endif

/// The target body; libFuzzer's callback is a C function pointer, so it cannot capture it.
nonisolated(unsafe) private var fuzzBody: (([UInt8]) -> Void)? = nil

#if FUZZING
// SwiftPM links every executable through its own renamed `main`, so libFuzzer's `main` is
// not used; the target's `main` hands control to libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with `body` as the target; does not return.
public func runFuzzTarget(_ body: @escaping ([UInt8]) -> Void) -> Never {
    fuzzBody = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { start, count in
        guard let start else { return 0 }
        fuzzBody?(Array(UnsafeBufferPointer(start: start, count: count)))
        return 0
    }
    exit(status)
}
#else
/// Replays every file named on the command line through `body`; does not return.
public func runFuzzTarget(_ body: @escaping ([UInt8]) -> Void) -> Never {
    var replayed = 0
    for path in CommandLine.arguments.dropFirst() {
        guard let data = readWholeFile(path) else { continue }
        body(data)
        replayed += 1
    }
    print("replayed \(replayed) inputs without a crash")
    exit(0)
}

private func readWholeFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n == 0 { break }
        data += buffer[0..<n]
    }
    return data
}
#endif
