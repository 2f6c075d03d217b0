// An editable instruction list: jumps name their target instruction and each instruction
// carries its own exception handler, so instructions can be inserted or moved without
// recomputing offsets; `Assembler` turns the list back into co_code and both tables.

/// Stable identity of an instruction inside one `InstructionList` (survives insertions).
public struct InstructionID: Hashable, Sendable, CustomStringConvertible {
    public let raw: Int
    public init(_ raw: Int) { self.raw = raw }
    public var description: String { "#\(raw)" }
}

/// Where an exception raised by an instruction goes (one exception-table entry's payload).
/// Instructions with equal handlers next to each other share one table entry.
public struct ExceptionHandler: Hashable, Sendable {
    /// First instruction of the handler.
    public var target: InstructionID
    /// Stack depth kept below the pushed values.
    public var depth: Int
    /// Whether the raising instruction's offset is pushed before the exception.
    public var lasti: Bool

    public init(target: InstructionID, depth: Int, lasti: Bool) {
        self.target = target
        self.depth = depth
        self.lasti = lasti
    }
}

/// One instruction of an `InstructionList`. Caches and EXTENDED_ARG prefixes are implicit:
/// the assembler writes them.
public struct TransformInstruction: Sendable, Equatable {
    public var id: InstructionID
    public var opcode: Opcode
    /// The argument; for jumps it is recomputed from `jumpTarget` when assembling.
    public var arg: Int
    /// For jump opcodes: the instruction jumped to.
    public var jumpTarget: InstructionID?
    public var handler: ExceptionHandler?
    /// Source span of the whole instruction (prefixes and caches included).
    public var position: SourcePosition
    /// EXTENDED_ARG prefixes to write even when the argument needs fewer (CPython leaves
    /// such prefixes when a jump shrinks; keeping them makes the identity transform exact).
    public var minimumPrefixCount: Int

    public init(id: InstructionID, opcode: Opcode, arg: Int = 0, jumpTarget: InstructionID? = nil,
                handler: ExceptionHandler? = nil, position: SourcePosition = SourcePosition(),
                minimumPrefixCount: Int = 0) {
        self.id = id
        self.opcode = opcode
        self.arg = arg
        self.jumpTarget = jumpTarget
        self.handler = handler
        self.position = position
        self.minimumPrefixCount = minimumPrefixCount
    }
}

public struct TransformError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public struct InstructionList: Sendable {
    public var instructions: [TransformInstruction]
    private var nextID: Int

    public init(instructions: [TransformInstruction] = []) {
        self.instructions = instructions
        nextID = (instructions.map(\.id.raw).max() ?? -1) + 1
    }

    /// A fresh identity for an instruction about to be inserted.
    public mutating func makeID() -> InstructionID {
        defer { nextID += 1 }
        return InstructionID(nextID)
    }

    /// Builds a new instruction with a fresh identity.
    public mutating func make(_ opcode: Opcode, _ arg: Int = 0, jumpTarget: InstructionID? = nil,
                              handler: ExceptionHandler? = nil,
                              position: SourcePosition = SourcePosition()) -> TransformInstruction {
        TransformInstruction(id: makeID(), opcode: opcode, arg: arg, jumpTarget: jumpTarget,
                             handler: handler, position: position)
    }

    /// Index of each instruction identity.
    public func indexByID() -> [InstructionID: Int] {
        var result: [InstructionID: Int] = [:]
        result.reserveCapacity(instructions.count)
        for (index, instruction) in instructions.enumerated() { result[instruction.id] = index }
        return result
    }

    /// Decodes a code object. Instruction identities are their indices (`InstructionID(i)` is
    /// the i-th instruction). Throws when a jump or handler does not land on an instruction's
    /// front, when exception entries overlap, or when the tables are malformed.
    public init(decoding code: CodeObject) throws {
        let decoded: [Instruction]
        do { decoded = try Bytecode.decode(code.code) } catch let error as BytecodeError {
            throw TransformError(error.message)
        }
        let positions = try LocationTable.positions(code.linetable, firstLine: Int(code.firstlineno),
                                                    codeUnits: code.code.count / 2)
        var indexByFront: [Int: Int] = [:]
        for (index, instruction) in decoded.enumerated() { indexByFront[instruction.start] = index }

        var result: [TransformInstruction] = []
        result.reserveCapacity(decoded.count)
        for (index, instruction) in decoded.enumerated() {
            var target: InstructionID? = nil
            if let offset = instruction.jumpTarget {
                guard let targetIndex = indexByFront[offset] else {
                    throw TransformError("\(instruction.opcode.name) at offset \(instruction.offset) jumps to \(offset), which is not an instruction")
                }
                target = InstructionID(targetIndex)
            }
            result.append(TransformInstruction(
                id: InstructionID(index), opcode: instruction.opcode,
                arg: instruction.opcode.hasArgument ? instruction.arg : 0, jumpTarget: target,
                position: positions[instruction.start / 2], minimumPrefixCount: instruction.prefixCount))
        }
        // An entry covers the instructions whose front lies in [start, end).
        let entries = try ExceptionTable.parse(code.exceptiontable)
        let fronts = decoded.map { $0.start / 2 }
        for entry in entries {
            guard let targetIndex = indexByFront[entry.target * 2] else {
                throw TransformError("exception handler at unit \(entry.target) is not an instruction")
            }
            let handler = ExceptionHandler(target: InstructionID(targetIndex), depth: entry.depth,
                                           lasti: entry.lasti)
            var index = Self.firstIndex(in: fronts, atLeast: entry.start)
            while index < fronts.count && fronts[index] < entry.end {
                guard result[index].handler == nil else {
                    throw TransformError("exception table entries overlap at unit \(fronts[index])")
                }
                result[index].handler = handler
                index += 1
            }
        }
        self.init(instructions: result)
    }

    /// Binary search: first index whose value is >= `value` in an ascending array.
    private static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
