// Instruction decoding/encoding against dis.get_instructions over standard library code.
import Foundation
import Testing
@testable import PyBytecode

@Suite struct InstructionTests {
    /// For each code object in each .pyc: its qualname, then one line per non-cache unit:
    /// offset opname arg jump-target (dis's argval for relative jumps).
    static let script = """
        import sys, marshal, dis, opcode
        def walk(code):
            yield code
            for c in code.co_consts:
                if hasattr(c, 'co_code'):
                    yield from walk(c)
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                top = marshal.loads(f.read()[16:])
            for code in walk(top):
                print('code', code.co_qualname)
                for i in dis.get_instructions(code):
                    target = i.argval if i.opcode in opcode.hasjrel else '-'
                    print(i.offset, i.opname, '-' if i.arg is None else i.arg, target)
        """

    static func describe(_ code: CodeObject) throws -> [String] {
        var lines = ["code \(code.qualname.string)"]
        let instructions = try Bytecode.decode(code.code)
        var targets: [Int: Int] = [:]
        for instruction in instructions {
            if let target = instruction.jumpTarget { targets[instruction.offset] = target }
        }
        for unit in try Bytecode.codeUnits(code.code) {
            let arg = unit.arg.map(String.init) ?? "-"
            let target = targets[unit.offset].map(String.init) ?? "-"
            lines.append("\(unit.offset) \(unit.opcode.name) \(arg) \(target)")
        }
        for constant in code.consts {
            if case .code(let inner) = constant { lines += try describe(inner) }
        }
        return lines
    }

    static func allCode(_ code: CodeObject) -> [CodeObject] {
        var result = [code]
        for constant in code.consts {
            if case .code(let inner) = constant { result += allCode(inner) }
        }
        return result
    }

    @Test func decodingMatchesDisAndEncodingIsExact() throws {
        let files = Oracle.stdlibFiles(suffix: ".cpython-311.pyc")
        let chosen = Oracle.fullStdlib ? files : Oracle.sample(files, count: 60)
        #expect(chosen.count > 10)
        for batch in stride(from: 0, to: chosen.count, by: 100).map({ Array(chosen[$0..<min($0 + 100, chosen.count)]) }) {
            let expected = try Oracle.pythonText(Self.script, batch).split(separator: "\n").map(String.init)
            var got: [String] = []
            for path in batch {
                let pyc = try PycFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
                got += try Self.describe(pyc.code)
                for code in Self.allCode(pyc.code) {
                    let encoded = Bytecode.encode(try Bytecode.decode(code.code))
                    #expect(encoded == code.code, "re-encoding \(code.qualname) in \(path)")
                }
            }
            #expect(got.count == expected.count)
            for (a, b) in zip(got, expected) where a != b {
                Issue.record("instruction differs: pyvm `\(a)` vs dis `\(b)`")
                break
            }
        }
    }

    @Test func extendedArgFoldsIntoTheFollowingInstruction() throws {
        // EXTENDED_ARG 1; EXTENDED_ARG 2; LOAD_CONST 3 -> arg 0x010203, front at offset 0.
        let code: [UInt8] = [144, 1, 144, 2, 100, 3, 83, 0]
        let instructions = try Bytecode.decode(code)
        #expect(instructions.count == 2)
        #expect(instructions[0].arg == 0x010203)
        #expect(instructions[0].start == 0 && instructions[0].offset == 4 && instructions[0].prefixCount == 2)
        #expect(Bytecode.encode(instructions) == code)
    }

    @Test func malformedCodeIsRejectedNotTrapped() {
        #expect(throws: BytecodeError.self) { try Bytecode.decode([100]) }
        #expect(throws: BytecodeError.self) { try Bytecode.decode([3, 0]) }       // unknown opcode
        #expect(throws: BytecodeError.self) { try Bytecode.decode([144, 1]) }     // dangling prefix
        #expect(throws: BytecodeError.self) { try Bytecode.decode([116, 0, 0, 0]) }  // caches cut off
        #expect(throws: BytecodeError.self) { try Bytecode.decode([144, 1, 144, 1, 144, 1, 144, 1, 100, 0]) }
    }
}
