// libFuzzer target for the `.pyc` pipeline: marshal loading, instruction decoding, tables
// and disassembly. Built with -DFUZZING (tools/fuzz.sh) it runs libFuzzer's driver; built
// normally it is a replayer: `FuzzMarshal FILE...` runs each file through the target.
import PyBytecode
#if canImport(Glibc)
import Glibc
#endif

/// Runs one input; any Swift trap here is a bug the fuzzer reports.
func fuzzOne(_ data: [UInt8]) {
    // As a .pyc file (header checks, then everything dis does).
    _ = try? Disassembler.disassemblePyc(data)
    // As bare marshal data, with the writer's round trip on whatever loaded.
    var reader = MarshalReader(data)
    if let value = try? reader.readObject() {
        _ = try? MarshalWriter.dump(value, layout: reader.layout)
        _ = try? MarshalWriter.dump(value)
        if case .code(let code) = value { _ = try? Disassembler.disassemble(code) }
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
