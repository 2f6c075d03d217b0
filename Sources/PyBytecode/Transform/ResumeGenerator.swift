// Builds one resume function (RESUME.md B4/B5): a prologue that re-creates the operand
// stack from arguments, then the whole original instruction list, entered by a jump to the
// resume point. Cells and free variables become free variables of the new code, so the
// caller passes the frame's cells as the closure and they are shared, not copied.

struct GeneratedResume {
    var function: ResumeFunction
    /// For each instruction of the new code, the index of the original instruction it
    /// continues (nil for the prologue, cleanup and normalization code).
    var originalIndex: [Int?]
}

enum ResumeGenerator {
    static func generate(_ analysis: ResumeAnalysis, _ request: ResumeRequest) throws -> GeneratedResume {
        let original = analysis.code
        let list = analysis.list
        let normalized = analysis.normalized
        let point = try ResumePoint.locate(analysis, offset: request.offset)
        guard request.stack.count == point.depth else {
            throw ResumeRefusal(.stackMismatch, "the stack layout has \(request.stack.count) entries but the stack holds \(point.depth) values at offset \(request.offset)")
        }
        try checkBlocks(point, normalized, request)

        // Slots: stack arguments, live bound locals, live unbound locals, other plain locals,
        // then every cell and free variable as a free variable (sorted, as dynamo does).
        let names = original.localsplusnames
        let kinds = original.localspluskinds
        guard names.count == kinds.count else {
            throw ResumeRefusal(.invalidCode, "co_localsplusnames and co_localspluskinds differ in length")
        }
        func isPlainLocal(_ slot: Int) -> Bool {
            let kind = LocalKind(rawValue: kinds[slot])
            return kind.contains(.local) && !kind.contains(.cell) && !kind.contains(.free)
        }
        let live = analysis.liveBefore[point.index].filter { $0 < names.count && isPlainLocal($0) }
        let liveBound = live.filter { request.boundLocals?.contains(names[$0]) ?? true }
        let liveUnbound = live.filter { !(request.boundLocals?.contains(names[$0]) ?? true) }
        let stackNames = (0..<request.stack.filter { $0 != .null }.count).map { PyStr("___stack\($0)") }
        if let clash = stackNames.first(where: names.contains) {
            throw ResumeRefusal(.nameClash, "the code already has a variable named \(clash)")
        }
        let firstSlots = liveBound + liveUnbound
        let otherLocals = names.indices.filter { isPlainLocal($0) && !firstSlots.contains($0) }
        let varnames = stackNames + (firstSlots + otherLocals).map { names[$0] }
        let closureSlots = names.indices.filter { !isPlainLocal($0) }
            .sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        let freevars = closureSlots.map { names[$0] }
        var newSlot = [Int](repeating: 0, count: names.count)
        for (position, slot) in (firstSlots + otherLocals).enumerated() { newSlot[slot] = stackNames.count + position }
        for (position, slot) in closureSlots.enumerated() { newSlot[slot] = varnames.count + position }

        var code = original
        var consts = original.consts
        func constantIndex(_ value: PyConstant) -> Int {
            if let index = consts.firstIndex(of: value) { return index }
            consts.append(value)
            return consts.count - 1
        }

        // The original instructions, slots renumbered; lines of the (dead) code before the
        // resume point cleared in dynamo mode, as dynamo does.
        var edited = normalized
        for index in edited.instructions.indices {
            edited.instructions[index].minimumPrefixCount = 0
            switch edited.instructions[index].opcode.argumentKind {
            case .local, .free:
                let slot = edited.instructions[index].arg
                guard slot >= 0 && slot < names.count else {
                    throw ResumeRefusal(.invalidCode, "slot \(slot) out of range")
                }
                edited.instructions[index].arg = newSlot[slot]
            default:
                break
            }
            if edited.instructions[index].opcode == .COPY_FREE_VARS { edited.instructions[index].arg = freevars.count }
            if request.mode == .dynamoCompatible && index < point.index {
                edited.instructions[index].position = SourcePosition()
            }
        }
        let targetID = edited.instructions[point.index].id
        let lineno = resumeLine(normalized, point.index) ?? Int(original.firstlineno)
        let prologuePosition = SourcePosition(line: lineno, endLine: lineno)

        // Prologue: stack values, NULLs and re-entered contexts, then the jump.
        var prologue: [TransformInstruction] = []
        var cleanup: [TransformInstruction] = []
        var replacedHandlers: [InstructionID: InstructionID] = [:]
        var prologueHandler: ExceptionHandler? = nil
        func emit(_ opcode: Opcode, _ arg: Int = 0, jump: InstructionID? = nil) {
            prologue.append(edited.make(opcode, arg, jumpTarget: jump, handler: prologueHandler, position: prologuePosition))
        }
        if !freevars.isEmpty { emit(.COPY_FREE_VARS, freevars.count) }
        emit(.RESUME, 0)
        var stackArgument = 0
        for (slot, entry) in request.stack.enumerated() {
            switch entry {
            case .null:
                emit(.PUSH_NULL)
            case .value:
                emit(.LOAD_FAST, stackArgument)
                stackArgument += 1
            case .reenterWith(let arguments):
                emit(.LOAD_FAST, stackArgument)
                stackArgument += 1
                emit(.PUSH_NULL)
                emit(.SWAP, 2)
                for argument in arguments { emit(.LOAD_CONST, constantIndex(argument)) }
                emit(.PRECALL, arguments.count)
                emit(.CALL, arguments.count)
                emit(.BEFORE_WITH)
                let enclosing = prologueHandler
                let handlerID = edited.makeID()
                prologueHandler = ExceptionHandler(target: handlerID, depth: slot + 1, lasti: true)
                emit(.POP_TOP)
                cleanup = reentryCleanup(&edited, handlerID: handlerID, slot: slot,
                                         none: constantIndex(.none), enclosing: enclosing,
                                         position: prologuePosition) + cleanup
                if let old = point.blocks.first(where: { $0.depth == slot + 1 }) {
                    replacedHandlers[old.target] = handlerID
                }
            }
        }
        emit(.JUMP_FORWARD, jump: targetID)
        for index in edited.instructions.indices {
            if let handler = edited.instructions[index].handler, let replacement = replacedHandlers[handler.target] {
                edited.instructions[index].handler?.target = replacement
            }
        }
        edited.instructions = prologue + cleanup + edited.instructions

        code.consts = consts
        code.argcount = Int32(stackNames.count + liveBound.count)
        code.posonlyargcount = 0
        code.kwonlyargcount = 0
        code.flags.remove([.varargs, .varkeywords])
        code.localsplusnames = varnames + freevars
        code.localspluskinds = [UInt8](repeating: LocalKind.local.rawValue, count: varnames.count)
            + [UInt8](repeating: LocalKind.free.rawValue, count: freevars.count)
        if request.naming == .resumeName {
            let prefix = request.mode == .exact ? "pyvm_resume_in_" : "torch_dynamo_resume_in_"
            let name = PyStr(prefix + original.name.string + "_at_\(lineno)")
            code.name = name
            var qualname = original.qualname.utf8
            if let dot = qualname.lastIndex(of: UInt8(ascii: ".")) {
                qualname.removeSubrange(qualname.index(after: dot)...)
                code.qualname = PyStr(utf8: qualname + name.utf8)
            } else {
                code.qualname = name
            }
            code.firstlineno = Int32(truncatingIfNeeded: lineno)
        }
        do {
            code = try Assembler.assemble(edited, into: code, sizeDeadHandlers: false)
        } catch {
            throw ResumeRefusal(.invalidCode, "the resume function does not assemble: \(error)")
        }
        let function = ResumeFunction(code: code, stackArgumentCount: stackNames.count,
                                      localArguments: liveBound.map { names[$0] }, closureNames: freevars,
                                      originalOffset: request.offset)
        // Decoded instruction i has identity i; added instructions have fresh identities.
        let originalIndex = edited.instructions.map { $0.id.raw < list.instructions.count ? $0.id.raw : nil }
        return GeneratedResume(function: function, originalIndex: originalIndex)
    }

    /// Mode rules about the blocks around the point: dynamo-compatible mode continues only
    /// inside `with` blocks, and `.reenterWith` must mark a `with` block's `__exit__` slot.
    static func checkBlocks(_ point: ResumePoint, _ list: InstructionList, _ request: ResumeRequest) throws {
        var withSlots: Set<Int> = []
        for block in point.blocks {
            if ResumePoint.isWithHandler(block, list) {
                withSlots.insert(block.depth - 1)
            } else if request.mode == .dynamoCompatible {
                throw ResumeRefusal(.tryBlockInDynamoMode, "offset \(request.offset) is inside a try block; dynamo-compatible mode resumes only inside with blocks (exact mode can)")
            }
        }
        for (slot, entry) in request.stack.enumerated() {
            guard case .reenterWith = entry else { continue }
            guard request.mode == .dynamoCompatible else {
                throw ResumeRefusal(.withBlockNotDescribed, "stack slot \(slot) asks to re-enter a context, which only dynamo-compatible mode does")
            }
            guard withSlots.contains(slot) else {
                throw ResumeRefusal(.withBlockNotDescribed, "stack slot \(slot) is marked as a with block's __exit__, but no active with block keeps it there")
            }
        }
    }

    /// The handler of a re-entered context (B5): calls `__exit__` with the exception, then
    /// re-raises it, or, when the context suppresses it, raises None (dynamo's tail: a
    /// TypeError). Its normal-exit part is unreachable, kept for dynamo's shape.
    /// Code outside the handler proper is covered by `enclosing`, the handler of the context
    /// re-entered before this one (nil for the outermost), as CPython nests with blocks.
    static func reentryCleanup(_ list: inout InstructionList, handlerID: InstructionID, slot: Int, none: Int,
                               enclosing: ExceptionHandler?, position: SourcePosition) -> [TransformInstruction] {
        let cleanupID = list.makeID()
        let suppressID = list.makeID()
        let doneID = list.makeID()
        let inHandler = ExceptionHandler(target: cleanupID, depth: slot + 3, lasti: true)
        var code: [TransformInstruction] = []
        func add(_ opcode: Opcode, _ arg: Int = 0, id: InstructionID? = nil, jump: InstructionID? = nil,
                 handler explicit: ExceptionHandler? = nil) {
            let handler = explicit ?? enclosing
            var instruction = list.make(opcode, arg, jumpTarget: jump, handler: handler, position: position)
            if let id { instruction = TransformInstruction(id: id, opcode: opcode, arg: arg, jumpTarget: jump,
                                                             handler: handler, position: position) }
            code.append(instruction)
        }
        add(.NOP)
        add(.LOAD_CONST, none)
        add(.LOAD_CONST, none)
        add(.LOAD_CONST, none)
        add(.PRECALL, 2)
        add(.CALL, 2)
        add(.POP_TOP)
        add(.JUMP_FORWARD, jump: doneID)
        add(.PUSH_EXC_INFO, id: handlerID, handler: inHandler)
        add(.WITH_EXCEPT_START, handler: inHandler)
        add(.POP_JUMP_FORWARD_IF_TRUE, jump: suppressID, handler: inHandler)
        add(.RERAISE, 2, handler: inHandler)
        add(.COPY, 3, id: cleanupID)
        add(.POP_EXCEPT)
        add(.RERAISE, 1)
        add(.POP_TOP, id: suppressID, handler: inHandler)
        add(.POP_EXCEPT)
        add(.POP_TOP)
        add(.POP_TOP)
        add(.NOP, id: doneID)  // the normal exit would continue here
        add(.LOAD_CONST, none)
        add(.RAISE_VARARGS, 1)
        return code
    }

    /// The line the resume point belongs to: its own, else the last one before it.
    static func resumeLine(_ list: InstructionList, _ index: Int) -> Int? {
        guard index < list.instructions.count else { return nil }
        for candidate in stride(from: index, through: 0, by: -1) {
            if let line = list.instructions[candidate].position.line, line >= 0 { return line }
        }
        return nil
    }
}
