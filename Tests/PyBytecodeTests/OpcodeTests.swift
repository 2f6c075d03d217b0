// Opcode metadata against CPython's `opcode` and `dis` modules.
import Foundation
import Testing
@testable import PyBytecode

@Suite struct OpcodeTests {
    /// One line per opcode: number name caches kinds... | stack effects for args and jumps.
    static let script = """
        import opcode, dis
        for op in range(256):
            name = opcode.opname[op]
            if name.startswith('<'):
                continue
            kinds = [k for k in ('hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree')
                     if op in getattr(opcode, k)]
            effects = []
            for arg in range(0, 300):
                for jump in (None, True, False):
                    a = arg if op >= opcode.HAVE_ARGUMENT else None
                    effects.append(str(dis.stack_effect(op, a, jump=jump)))
                if op < opcode.HAVE_ARGUMENT:
                    break
            print(op, name, opcode._inline_cache_entries[op], ','.join(kinds) or '-', ' '.join(effects))
        """

    @Test func opcodeTableMatchesCPython() throws {
        let lines = try Oracle.pythonText(Self.script).split(separator: "\n")
        #expect(lines.count == Opcode.allCases.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 4).map(String.init)
            let number = UInt8(fields[0])!
            let op = try #require(Opcode(rawValue: number), "missing opcode \(fields[1])")
            #expect(op.name == fields[1])
            #expect(op.cacheCount == Int(fields[2]), "\(op.name) caches")
            let kinds = Set(fields[3].split(separator: ",").map(String.init))
            switch op.argumentKind {
            case .constant: #expect(kinds == ["hasconst"], "\(op.name)")
            case .name, .globalName: #expect(kinds == ["hasname"], "\(op.name)")
            case .jumpForward, .jumpBackward: #expect(kinds == ["hasjrel"], "\(op.name)")
            case .local: #expect(kinds == ["haslocal"], "\(op.name)")
            case .free: #expect(kinds == ["hasfree"], "\(op.name)")
            case .compare: #expect(kinds == ["hascompare"], "\(op.name)")
            default: #expect(kinds == ["-"], "\(op.name)")
            }
            #expect(op.hasArgument == (number >= 90))
            let effects = fields[4].split(separator: " ").map { Int($0)! }
            var index = 0
            for arg in 0..<300 {
                for jump in [nil, true, false] as [Bool?] {
                    let expected = effects[index]
                    index += 1
                    #expect(op.stackEffect(arg: arg, jump: jump) == expected,
                            "\(op.name) arg \(arg) jump \(String(describing: jump))")
                }
                if !op.hasArgument { break }
            }
        }
    }

    @Test func backwardJumpsAreExactlyTheBackwardOpcodes() {
        for op in Opcode.allCases {
            #expect((op.argumentKind == .jumpBackward) == op.name.contains("JUMP_BACKWARD"))
        }
    }
}
