// The `pyvm -m dis FILE.pyc` pipeline as one call, so the CLI, the malformed-input sweep
// and the fuzz target exercise exactly the same code.

extension Disassembler {
    /// Parses .pyc bytes and disassembles the module code; throws on any malformed input.
    public static func disassemblePyc(_ bytes: [UInt8]) throws -> String {
        try disassemble(try PycFile.parse(bytes).code)
    }
}
