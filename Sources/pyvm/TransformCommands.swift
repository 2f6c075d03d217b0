// `pyvm --toolkit transform-identity|resume ...`: the entry points tools/transform_stdlib.py
// and tools/resume_check.py use to drive PyBytecode/Transform over many inputs in one process.
import PyBytecode

enum TransformCommands {
    /// For each .pyc: decode every code object into an InstructionList and assemble it back;
    /// co_code, co_exceptiontable, co_stacksize and co_positions() must come out unchanged.
    /// Prints `PATH N identical, M differ [qualname: fields...]` per file.
    static func identity(_ files: [String]) {
        for path in files {
            do {
                let pyc = try PycFile.parse(try SystemIO.readFile(path))
                var identical = 0
                var differing: [String] = []
                for code in ToolkitCommands.allCodeObjects(pyc.code) {
                    let fields = try identityDifferences(code)
                    if fields.isEmpty {
                        identical += 1
                    } else {
                        differing.append("\(code.qualname.string)@\(code.firstlineno): \(fields.joined(separator: ","))")
                    }
                }
                SystemIO.writeStdout("\(path) \(identical) identical, \(differing.count) differ \(differing)\n")
            } catch {
                SystemIO.writeStdout("error \(path): \(describe(error))\n")
            }
        }
    }

    /// Names of the fields the identity transform changed (empty when none did).
    static func identityDifferences(_ code: CodeObject) throws -> [String] {
        let again: CodeObject
        do {
            again = try Assembler.assemble(try InstructionList(decoding: code), into: code)
        } catch {
            return ["error: \(describe(error))"]
        }
        var fields: [String] = []
        if again.code != code.code { fields.append("co_code") }
        if again.exceptiontable != code.exceptiontable { fields.append("co_exceptiontable") }
        if again.stacksize != code.stacksize { fields.append("co_stacksize \(code.stacksize)->\(again.stacksize)") }
        let units = code.code.count / 2
        let before = try LocationTable.positions(code.linetable, firstLine: Int(code.firstlineno), codeUnits: units)
        let after = try LocationTable.positions(again.linetable, firstLine: Int(again.firstlineno), codeUnits: units)
        if before != after { fields.append("co_positions") }
        return fields
    }

    static func resume(_ arguments: [String]) {
        SystemIO.writeStdout("not yet\n")
    }
}
