// libFuzzer target for the `.pyc` pipeline: marshal loading, instruction decoding, tables
// and disassembly. Built with -DFUZZING (tools/fuzz.sh) libFuzzer supplies `main`; built
// normally this is a replayer: `FuzzMarshal FILE...` runs each file through the target.
import PyBytecode

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
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    fuzzOne(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}
#else
#if canImport(Glibc)
import Glibc
#endif

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

var replayed = 0
for path in CommandLine.arguments.dropFirst() where replay(path) { replayed += 1 }
print("replayed \(replayed) inputs without a crash")
#endif
