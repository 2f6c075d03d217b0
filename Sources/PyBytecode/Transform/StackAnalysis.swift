// Static stack depths (compile.c stackdepth): a forward fixed point over fall-through, jump
// and exception edges from the first instruction. Unlike CPython's, it rejects an
// instruction reached with two different depths, a negative depth, and a handler whose
// depth is above the stack it would unwind.

public struct StackAnalysis: Sendable {
    /// Depth before each instruction; nil for instructions no path reaches.
    public var depths: [Int?]
    /// co_stacksize: the largest depth any reachable instruction or edge produces.
    public var maxDepth: Int
    /// Unreachable handlers (PUSH_EXC_INFO first) analyzed the way CPython sizes them; the
    /// instructions they lead to have depths too, but no path from the entry reaches them.
    public var deadHandlers: [Int] = []

    /// Analyzes `list`, whose first instruction starts at `startDepth`.
    /// `sizeDeadHandlers` also sizes unreachable handlers the way CPython's compiler does
    /// (needed to reproduce co_stacksize; generated code leaves it off).
    public static func analyze(_ list: InstructionList, startDepth: Int = 0,
                               sizeDeadHandlers: Bool = true) throws -> StackAnalysis {
        let instructions = list.instructions
        let indexByID = list.indexByID()
        var depths = [Int?](repeating: nil, count: instructions.count)
        var maxDepth = startDepth
        var worklist: [Int] = []
        var deadHandlers: [Int] = []
        func reach(_ index: Int, _ depth: Int, from source: Int?) throws {
            guard depth >= 0 else {
                throw TransformError("stack underflow before instruction \(index) (from \(source.map(String.init) ?? "entry"))")
            }
            maxDepth = max(maxDepth, depth)
            if let known = depths[index] {
                guard known == depth else {
                    throw TransformError("instruction \(index) (\(instructions[index].opcode.name)) is reached with stack depths \(known) and \(depth)")
                }
                return
            }
            depths[index] = depth
            worklist.append(index)
        }
        guard !instructions.isEmpty else { return StackAnalysis(depths: [], maxDepth: 0, deadHandlers: []) }
        try reach(0, startDepth, from: nil)
        try propagate()
        if sizeDeadHandlers { try sizeUnreachableHandlers() }
        return StackAnalysis(depths: depths, maxDepth: maxDepth, deadHandlers: deadHandlers)

        // CPython also sizes handlers whose protected range compiled to nothing (`try: pass`
        // `finally: ...`): they stay in co_code, unreachable from the entry, yet count towards
        // co_stacksize because the compiler's SETUP pseudo-instruction still led there. Two
        // shapes occur: a handler opening with PUSH_EXC_INFO, covered by its cleanup entry
        // whose depth (base + lasti + previous exception) is the handler's starting depth; and
        // a straight run that ends by jumping or falling into analyzed code, whose depths
        // follow backwards from there (the `except* ... as e` cleanup).
        func sizeUnreachableHandlers() throws {
            var progress = true
            while progress {
                progress = false
                for index in instructions.indices where depths[index] == nil {
                    if instructions[index].opcode == .PUSH_EXC_INFO, let handler = instructions[index].handler {
                        try seed(index, handler.depth)
                        progress = true
                    } else if index == 0 || depths[index - 1] != nil || instructions[index - 1].opcode.isTerminal,
                              let start = inferBackwards(from: index) {
                        try seed(index, start)
                        progress = true
                    }
                }
            }
        }
        func seed(_ index: Int, _ depth: Int) throws {
            deadHandlers.append(index)
            try reach(index, depth, from: nil)
            try propagate()
        }
        // Start depth of the unreached run beginning at `first`, from the analyzed instruction
        // its end leads to; nil when the run leads nowhere analyzed.
        func inferBackwards(from first: Int) -> Int? {
            var last = first
            while true {
                let opcode = instructions[last].opcode
                if opcode.isTerminal && !opcode.isJump { return nil }
                if opcode.isJump {
                    if let id = instructions[last].jumpTarget, let target = indexByID[id], let known = depths[target] {
                        if opcode.isTerminal || last + 1 >= instructions.count || depths[last + 1] == nil {
                            var depth = known - opcode.stackEffect(arg: instructions[last].arg, jump: true)
                            for index in stride(from: last - 1, through: first, by: -1) {
                                depth -= instructions[index].opcode.stackEffect(arg: instructions[index].arg, jump: false)
                            }
                            return depth >= 0 ? depth : nil
                        }
                    }
                    if opcode.isTerminal { return nil }
                }
                guard last + 1 < instructions.count else { return nil }
                if let known = depths[last + 1] {
                    var depth = known
                    for index in stride(from: last, through: first, by: -1) {
                        depth -= instructions[index].opcode.stackEffect(arg: instructions[index].arg, jump: false)
                    }
                    return depth >= 0 ? depth : nil
                }
                last += 1
            }
        }

        func propagate() throws {
        while let index = worklist.popLast() {
            let instruction = instructions[index]
            guard let depth = depths[index] else { continue }
            if let handler = instruction.handler {
                guard let target = indexByID[handler.target] else {
                    throw TransformError("instruction \(index) has a handler outside the list")
                }
                guard handler.depth <= depth else {
                    throw TransformError("instruction \(index) has handler depth \(handler.depth) above its stack depth \(depth)")
                }
                try reach(target, handler.depth + (handler.lasti ? 1 : 0) + 1, from: index)
            }
            let opcode = instruction.opcode
            if opcode.isJump {
                guard let id = instruction.jumpTarget, let target = indexByID[id] else {
                    throw TransformError("jump at instruction \(index) has no target")
                }
                try reach(target, depth + opcode.stackEffect(arg: instruction.arg, jump: true), from: index)
            }
            if !opcode.isTerminal {
                let after = depth + opcode.stackEffect(arg: instruction.arg, jump: false)
                guard index + 1 < instructions.count else {
                    throw TransformError("execution runs off the end after instruction \(index) (\(opcode.name))")
                }
                try reach(index + 1, after, from: index)
            }
        }
        }
    }
}
