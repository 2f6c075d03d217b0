// Instruction list -> co_code, co_exceptiontable, co_linetable and co_stacksize.
// Offsets are laid out, jumps resolved (switching to the FORWARD/BACKWARD twin as the target
// requires) and EXTENDED_ARG prefixes added until nothing grows: a fix-point that converges
// because prefixes are only ever added.

public struct AssembledCode: Sendable, Equatable {
    public var code: [UInt8]
    public var exceptionTable: [UInt8]
    public var lineTable: [UInt8]
    public var stackSize: Int
    /// Byte offset of each instruction's front (its first EXTENDED_ARG, else its opcode).
    public var frontOffsets: [Int]
    /// The instructions as written: jump opcodes and arguments resolved.
    public var instructions: [TransformInstruction]
}

public enum Assembler {
    /// Assembles `list`. `firstLine` is the code's co_firstlineno (line deltas start there);
    /// `startDepth` is 1 for generators and coroutines (RETURN_GENERATOR's result), else 0.
    public static func assemble(_ list: InstructionList, firstLine: Int, startDepth: Int = 0,
                                sizeDeadHandlers: Bool = true) throws -> AssembledCode {
        var instructions = list.instructions
        let indexByID = list.indexByID()
        guard indexByID.count == instructions.count else {
            throw TransformError("two instructions share one identity")
        }
        // Resolve identities once: jump target and handler target indices.
        var jumpTargets = [Int?](repeating: nil, count: instructions.count)
        for (index, instruction) in instructions.enumerated() {
            if instruction.opcode.isJump {
                guard let id = instruction.jumpTarget, let target = indexByID[id] else {
                    throw TransformError("\(instruction.opcode.name) \(instruction.id) has no target instruction")
                }
                jumpTargets[index] = target
            }
            if let handler = instruction.handler, indexByID[handler.target] == nil {
                throw TransformError("handler of \(instruction.opcode.name) \(instruction.id) is not in the list")
            }
            guard instruction.arg >= 0 && instruction.arg <= Int(UInt32.max) else {
                throw TransformError("\(instruction.opcode.name) \(instruction.id) has argument \(instruction.arg) out of range")
            }
        }

        var prefixes = instructions.map { instruction -> Int in
            let needed = instruction.opcode.isJump ? 0 : Bytecode.prefixesNeeded(for: instruction.arg)
            return max(instruction.minimumPrefixCount, needed)
        }
        var fronts = [Int](repeating: 0, count: instructions.count)
        var grew = true
        while grew {
            grew = false
            var offset = 0
            for index in instructions.indices {
                fronts[index] = offset
                offset += 2 * (prefixes[index] + 1 + instructions[index].opcode.cacheCount)
            }
            for index in instructions.indices {
                guard let target = jumpTargets[index] else { continue }
                let end = fronts[index] + 2 * (prefixes[index] + 1 + instructions[index].opcode.cacheCount)
                let (opcode, arg) = try resolveJump(instructions[index].opcode, from: end, to: fronts[target])
                instructions[index].opcode = opcode
                instructions[index].arg = arg
                let needed = Bytecode.prefixesNeeded(for: arg)
                if needed > prefixes[index] {
                    prefixes[index] = needed
                    grew = true
                }
            }
        }

        var encodable: [Instruction] = []
        encodable.reserveCapacity(instructions.count)
        for (index, instruction) in instructions.enumerated() {
            encodable.append(Instruction(start: fronts[index], offset: fronts[index] + 2 * prefixes[index],
                                         opcode: instruction.opcode, arg: instruction.arg,
                                         prefixCount: prefixes[index]))
        }
        let code = Bytecode.encode(encodable)
        let lineTable = LocationTable.encode(
            instructions: encodable.indices.map { (units: encodable[$0].unitCount, position: instructions[$0].position) },
            firstLine: firstLine)
        let exceptionTable = ExceptionTable.encode(try exceptionEntries(instructions, encodable, indexByID))
        var resolved = list
        resolved.instructions = instructions
        let stackSize = try StackAnalysis.analyze(resolved, startDepth: startDepth,
                                                    sizeDeadHandlers: sizeDeadHandlers).maxDepth
        return AssembledCode(code: code, exceptionTable: exceptionTable, lineTable: lineTable,
                             stackSize: stackSize, frontOffsets: fronts, instructions: instructions)
    }

    /// Assembles `list` into a copy of `template` (co_code, both tables and co_stacksize
    /// replaced; names, constants and slots taken from the template as they are).
    public static func assemble(_ list: InstructionList, into template: CodeObject,
                                sizeDeadHandlers: Bool = true) throws -> CodeObject {
        let generatorLike: CodeFlags = [.generator, .coroutine, .asyncGenerator]
        let assembled = try assemble(list, firstLine: Int(template.firstlineno),
                                     startDepth: template.flags.isDisjoint(with: generatorLike) ? 0 : 1,
                                     sizeDeadHandlers: sizeDeadHandlers)
        var result = template
        result.code = assembled.code
        result.exceptiontable = assembled.exceptionTable
        result.linetable = assembled.lineTable
        guard assembled.stackSize <= Int(Int32.max) else { throw TransformError("stack too deep") }
        result.stacksize = Int32(assembled.stackSize)
        return result
    }

    /// The jump opcode and argument that reach `target` from the end of the instruction.
    static func resolveJump(_ opcode: Opcode, from end: Int, to target: Int) throws -> (Opcode, Int) {
        let forward = target >= end
        let distance = abs(target - end) / 2
        switch opcode {
        case .JUMP_FORWARD, .JUMP_BACKWARD:
            return (forward ? .JUMP_FORWARD : .JUMP_BACKWARD, distance)
        case .JUMP_BACKWARD_NO_INTERRUPT:
            // No forward twin: JUMP_FORWARD does not check the eval breaker either.
            return (forward ? .JUMP_FORWARD : .JUMP_BACKWARD_NO_INTERRUPT, distance)
        case .POP_JUMP_FORWARD_IF_FALSE, .POP_JUMP_BACKWARD_IF_FALSE:
            return (forward ? .POP_JUMP_FORWARD_IF_FALSE : .POP_JUMP_BACKWARD_IF_FALSE, distance)
        case .POP_JUMP_FORWARD_IF_TRUE, .POP_JUMP_BACKWARD_IF_TRUE:
            return (forward ? .POP_JUMP_FORWARD_IF_TRUE : .POP_JUMP_BACKWARD_IF_TRUE, distance)
        case .POP_JUMP_FORWARD_IF_NONE, .POP_JUMP_BACKWARD_IF_NONE:
            return (forward ? .POP_JUMP_FORWARD_IF_NONE : .POP_JUMP_BACKWARD_IF_NONE, distance)
        case .POP_JUMP_FORWARD_IF_NOT_NONE, .POP_JUMP_BACKWARD_IF_NOT_NONE:
            return (forward ? .POP_JUMP_FORWARD_IF_NOT_NONE : .POP_JUMP_BACKWARD_IF_NOT_NONE, distance)
        case .FOR_ITER, .SEND, .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP:
            guard forward else { throw TransformError("\(opcode.name) can only jump forward") }
            return (opcode, distance)
        default:
            throw TransformError("\(opcode.name) is not a jump")
        }
    }

    /// One entry per run of neighbouring instructions with the same handler, as CPython's
    /// assembler writes them (compile.c assemble_exception_table): covering whole
    /// instructions, prefixes and caches included.
    static func exceptionEntries(_ instructions: [TransformInstruction], _ encoded: [Instruction],
                                 _ indexByID: [InstructionID: Int]) throws -> [ExceptionTableEntry] {
        var entries: [ExceptionTableEntry] = []
        var current: ExceptionHandler? = nil
        var runStart = 0
        func close(at endOffset: Int) throws {
            guard let handler = current, let target = indexByID[handler.target] else { return }
            guard handler.depth >= 0 else { throw TransformError("negative handler depth") }
            entries.append(ExceptionTableEntry(start: runStart / 2, end: endOffset / 2,
                                               target: encoded[target].start / 2,
                                               depth: handler.depth, lasti: handler.lasti))
        }
        for (index, instruction) in instructions.enumerated() where instruction.handler != current {
            try close(at: encoded[index].start)
            current = instruction.handler
            runStart = encoded[index].start
        }
        try close(at: encoded.last?.end ?? 0)
        return entries
    }
}
