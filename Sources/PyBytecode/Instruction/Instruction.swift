// Decoding `co_code` into instructions and encoding them back. Two views: `CodeUnit`s as
// `dis` walks them (EXTENDED_ARG visible, caches skipped) and folded `Instruction`s.

/// One non-cache code unit as `dis._unpack_opargs` yields it.
public struct CodeUnit: Equatable, Sendable {
    /// Byte offset of this unit in `co_code`.
    public var offset: Int
    public var opcode: Opcode
    /// The argument with the preceding EXTENDED_ARG bits folded in; nil below HAVE_ARGUMENT.
    /// Like dis, wraps to a signed 32-bit value.
    public var arg: Int?
}

/// One instruction with its EXTENDED_ARG prefixes folded into the argument.
public struct Instruction: Equatable, Sendable {
    /// Byte offset of the first EXTENDED_ARG prefix (or of the opcode when there is none):
    /// jump targets and exception-table ranges point here.
    public var start: Int
    /// Byte offset of the opcode unit itself.
    public var offset: Int
    public var opcode: Opcode
    /// The full argument (0 for opcodes without one).
    public var arg: Int
    /// Number of EXTENDED_ARG units in front of the opcode.
    public var prefixCount: Int

    public init(start: Int, offset: Int, opcode: Opcode, arg: Int, prefixCount: Int) {
        self.start = start
        self.offset = offset
        self.opcode = opcode
        self.arg = arg
        self.prefixCount = prefixCount
    }

    /// Byte offset just after the instruction's inline caches.
    public var end: Int { offset + 2 + 2 * opcode.cacheCount }

    /// Size in code units, prefixes and caches included (what the line table covers).
    public var unitCount: Int { (end - start) / 2 }

    /// Byte offset a jump lands on (relative jumps count from `end`), nil for non-jumps.
    public var jumpTarget: Int? {
        switch opcode.argumentKind {
        case .jumpForward: return end + 2 * arg
        case .jumpBackward: return end - 2 * arg
        default: return nil
        }
    }
}

public struct BytecodeError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum Bytecode {
    /// The non-cache units of `code`, as `dis._unpack_opargs` yields them.
    public static func codeUnits(_ code: [UInt8]) throws -> [CodeUnit] {
        guard code.count % 2 == 0 else { throw BytecodeError("co_code has odd length \(code.count)") }
        var units: [CodeUnit] = []
        units.reserveCapacity(code.count / 2)
        var extended = 0
        var caches = 0
        var i = 0
        while i < code.count {
            defer { i += 2 }
            if caches > 0 { caches -= 1; continue }
            guard let op = Opcode(rawValue: code[i]) else {
                throw BytecodeError("unknown opcode \(code[i]) at offset \(i)")
            }
            caches = op.cacheCount
            var arg: Int? = nil
            if op.hasArgument {
                let value = Int(code[i + 1]) | extended
                // dis keeps the oparg as a C int: shift, then wrap into 32 signed bits.
                extended = op == .EXTENDED_ARG ? Int(Int32(truncatingIfNeeded: value << 8)) : 0
                arg = value
            } else {
                extended = 0
            }
            units.append(CodeUnit(offset: i, opcode: op, arg: arg))
        }
        return units
    }

    /// Folded instructions. Throws on unknown opcodes, an EXTENDED_ARG chain that does not
    /// end in an instruction, more than 3 prefixes, or caches running past the end.
    public static func decode(_ code: [UInt8]) throws -> [Instruction] {
        guard code.count % 2 == 0 else { throw BytecodeError("co_code has odd length \(code.count)") }
        var result: [Instruction] = []
        result.reserveCapacity(code.count / 4)
        var i = 0
        var start = 0
        var arg = 0
        var prefixes = 0
        while i < code.count {
            guard let op = Opcode(rawValue: code[i]) else {
                throw BytecodeError("unknown opcode \(code[i]) at offset \(i)")
            }
            if op == .EXTENDED_ARG {
                if prefixes == 0 { start = i }
                prefixes += 1
                guard prefixes <= 3 else { throw BytecodeError("more than 3 EXTENDED_ARG prefixes at offset \(i)") }
                arg = arg << 8 | Int(code[i + 1])
                i += 2
                continue
            }
            if prefixes == 0 { start = i }
            let full = op.hasArgument ? (arg << 8 | Int(code[i + 1])) : 0
            let instruction = Instruction(start: start, offset: i, opcode: op, arg: full, prefixCount: prefixes)
            guard instruction.end <= code.count else {
                throw BytecodeError("\(op.name) at offset \(i) has its caches cut off by the end of the code")
            }
            result.append(instruction)
            i = instruction.end
            arg = 0
            prefixes = 0
        }
        if prefixes > 0 { throw BytecodeError("EXTENDED_ARG at the end of the code") }
        return result
    }

    /// Number of EXTENDED_ARG prefixes an argument needs.
    public static func prefixesNeeded(for arg: Int) -> Int {
        if arg > 0xFF_FFFF { return 3 }
        if arg > 0xFFFF { return 2 }
        if arg > 0xFF { return 1 }
        return 0
    }

    /// Encodes instructions: prefixes as needed (at least `prefixCount`), zeroed caches.
    /// Offsets stored in the instructions are ignored; jumps must already hold final args.
    public static func encode(_ instructions: [Instruction]) -> [UInt8] {
        var out: [UInt8] = []
        for instruction in instructions {
            let arg = instruction.opcode.hasArgument ? instruction.arg : 0
            let prefixes = max(instruction.prefixCount, prefixesNeeded(for: arg))
            var shift = 8 * prefixes
            while shift > 0 {
                out.append(Opcode.EXTENDED_ARG.rawValue)
                out.append(UInt8(truncatingIfNeeded: arg >> shift))
                shift -= 8
            }
            out.append(instruction.opcode.rawValue)
            out.append(UInt8(truncatingIfNeeded: arg))
            for _ in 0..<instruction.opcode.cacheCount {
                out.append(0)
                out.append(0)
            }
        }
        return out
    }
}
