// Facts about an instruction boundary that decide whether a frame can be resumed there:
// the static stack depth, whether an exception is being handled, pending KW_NAMES, and the
// chain of blocks (with/try handlers) around the instruction.

struct ResumePoint {
    let index: Int
    let depth: Int
    /// Handlers of the enclosing blocks, innermost first.
    let blocks: [ExceptionHandler]

    /// Checks what holds for every mode and every stack layout; throws the refusal otherwise.
    /// The point is returned as an index into `analysis.normalized`.
    static func locate(_ analysis: ResumeAnalysis, offset: Int) throws -> ResumePoint {
        let code = analysis.code
        let generatorLike: CodeFlags = [.generator, .coroutine, .asyncGenerator, .iterableCoroutine]
        guard code.flags.isDisjoint(with: generatorLike) else {
            throw ResumeRefusal(.generatorFrame, "\(code.qualname) is a generator or coroutine: its frame lives in the generator object")
        }
        guard code.flags.contains(.optimized) else {
            throw ResumeRefusal(.notOptimized, "\(code.qualname) is a module or class body (not CO_OPTIMIZED): its locals live in a dict")
        }
        let raw = analysis.list.instructions
        guard let rawIndex = analysis.fronts.firstIndex(of: offset), rawIndex < raw.count else {
            throw ResumeRefusal(.notAnInstruction, "offset \(offset) is not the start of an instruction")
        }
        if let resume = raw.firstIndex(where: { $0.opcode == .RESUME }), rawIndex < resume {
            throw ResumeRefusal(.prologue, "offset \(offset) is in the prologue (before RESUME): cells are not made yet")
        }
        let opcode = raw[rawIndex].opcode
        let keywordNamesPending = (rawIndex >= 1 && raw[rawIndex - 1].opcode == .KW_NAMES)
            || (rawIndex >= 2 && opcode == .CALL && raw[rawIndex - 1].opcode == .PRECALL
                && raw[rawIndex - 2].opcode == .KW_NAMES)
        if keywordNamesPending {
            throw ResumeRefusal(.pendingKeywordNames, "offset \(offset) lies between KW_NAMES and its CALL (the names are interpreter state, not on the stack)")
        }
        // The compiler counts PRECALL n as popping the n arguments, but at run time CALL pops
        // them: between the two the real stack is n deeper than the static depth. Running
        // PRECALL again is harmless (its bound-method unpacking is idempotent), so a frame
        // stopped at CALL continues at its PRECALL, where static and real depths agree.
        var entry = raw[rawIndex].id
        if opcode == .CALL, rawIndex >= 1, raw[rawIndex - 1].opcode == .PRECALL { entry = raw[rawIndex - 1].id }
        guard let index = analysis.normalizedIndex[entry] else {
            throw ResumeRefusal(.invalidCode, "internal: instruction \(entry) lost by normalization")
        }
        let depths = try analysis.depths.get()
        guard let depth = depths[index] else {
            throw ResumeRefusal(.unreachable, "offset \(offset) is unreachable")
        }
        if analysis.handledLevels[index] > 0 {
            throw ResumeRefusal(.insideHandler, "offset \(offset) is inside an exception handler (the handled exception and saved offsets are frame state)")
        }
        return ResumePoint(index: index, depth: depth, blocks: enclosingBlocks(analysis.normalized, index))
    }

    /// For each instruction, how many exceptions are being handled when it runs: a handler's
    /// target starts one level deeper than the raising instruction, POP_EXCEPT ends a level.
    /// Where paths disagree the larger count wins (conservative: larger means refuse).
    static func handledExceptionLevels(_ list: InstructionList) -> [Int] {
        let instructions = list.instructions
        let indexByID = list.indexByID()
        var levels = [Int](repeating: -1, count: instructions.count)
        var worklist: [Int] = []
        func reach(_ index: Int, _ level: Int) {
            guard index < instructions.count, level > levels[index] else { return }
            levels[index] = min(level, 64)  // malformed loops of handlers stop growing here
            if level <= 64 { worklist.append(index) }
        }
        if !instructions.isEmpty { reach(0, 0) }
        while let index = worklist.popLast() {
            let instruction = instructions[index]
            let level = levels[index]
            if let handler = instruction.handler, let target = indexByID[handler.target] {
                reach(target, level + 1)
            }
            let after = instruction.opcode == .POP_EXCEPT ? max(level - 1, 0) : level
            if instruction.opcode.isJump, let id = instruction.jumpTarget, let target = indexByID[id] {
                reach(target, after)
            }
            if !instruction.opcode.isTerminal { reach(index + 1, after) }
        }
        return levels.map { max($0, 0) }
    }

    /// The handlers of the blocks around instruction `index`, innermost first. A block's
    /// handler opens with PUSH_EXC_INFO covered by a cleanup entry; the cleanup code is covered
    /// by the next enclosing block's handler.
    static func enclosingBlocks(_ list: InstructionList, _ index: Int) -> [ExceptionHandler] {
        let instructions = list.instructions
        let indexByID = list.indexByID()
        var result: [ExceptionHandler] = []
        var current = instructions[index].handler
        while let handler = current, result.count < 64 {
            result.append(handler)
            guard let target = indexByID[handler.target],
                  let cleanup = instructions[target].handler,
                  let cleanupTarget = indexByID[cleanup.target] else { break }
            current = instructions[cleanupTarget].handler
        }
        return result
    }

    /// Whether a handler is a `with` block's exit path (PUSH_EXC_INFO; WITH_EXCEPT_START).
    static func isWithHandler(_ handler: ExceptionHandler, _ list: InstructionList) -> Bool {
        guard let target = list.indexByID()[handler.target], target + 1 < list.instructions.count else { return false }
        return list.instructions[target].opcode == .PUSH_EXC_INFO
            && list.instructions[target + 1].opcode == .WITH_EXCEPT_START
    }
}
