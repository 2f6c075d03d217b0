// libFuzzer target for the `.pyc` pipeline: marshal loading, instruction decoding, tables
// and disassembly. Built with -DFUZZING (tools/fuzz.sh) it runs libFuzzer's driver; built
// normally it is a replayer: `FuzzMarshal FILE...` runs each file through the target.
import FuzzSupport
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

@main
struct FuzzTarget {
    static func main() { runFuzzTarget(fuzzOne) }
}
