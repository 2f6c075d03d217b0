// The code-object verifier (issue 6): what pyvm proves about a code object before it runs it,
// so the eval loop can index constants, names, fast locals and its operand stack without
// checks. A 3.11 code object passes when every instruction is a known opcode followed by its
// zeroed inline caches, every argument indexes something that exists, every jump and handler
// lands on an instruction start, the exception table is sorted, disjoint and inside the code,
// the static stack depth is the same on every path into an instruction, never below what the
// instruction reads and never above co_stacksize, the location table covers the code, and
// the flags agree with the code (generators start with RETURN_GENERATOR).

public struct VerifyError: Error, CustomStringConvertible, Equatable {
    /// `qualname` of the rejected code object, its file and first line.
    public let codeName: String
    /// Byte offset of the offending instruction; nil for whole-object rules.
    public let offset: Int?
    /// Short name of the broken rule ("argument range", "jump target", ...).
    public let rule: String
    public let detail: String

    public var description: String {
        let place = offset.map { " at offset \($0)" } ?? ""
        return "invalid code object \(codeName)\(place): \(rule): \(detail)"
    }
}

public enum CodeVerifier {
    /// The largest co_stacksize accepted: a frame allocates this many slots up front.
    public static let maxStackSize = 1 << 20
    /// The most fast-local slots accepted (locals, cells and free variables).
    public static let maxLocalsPlus = 1 << 20

    /// Verifies `code` and, when `recursive`, every code object among its constants.
    /// The runtime verifies each code object once, when it becomes a code object value
    /// (nested constants are converted, and so verified, one by one), so it passes false.
    public static func verify(_ code: CodeObject, recursive: Bool = false) throws {
        var pending = [code]
        while let next = pending.popLast() {
            try verifyOne(next)
            guard recursive else { continue }
            for constant in next.consts { if case .code(let inner) = constant { pending.append(inner) } }
        }
    }

    static func verifyOne(_ code: CodeObject) throws {
        let codeName = "'\(code.qualname.string)' (\(code.filename.string), line \(code.firstlineno))"
        func fail(_ offset: Int?, _ rule: String, _ detail: String) -> VerifyError {
            VerifyError(codeName: codeName, offset: offset, rule: rule, detail: detail)
        }
        try verifyHeader(code, fail)
        let instructions: [Instruction]
        do { instructions = try Bytecode.decode(code.code) } catch let error as BytecodeError {
            throw fail(nil, "instruction stream", error.message)
        }
        guard !instructions.isEmpty else { throw fail(nil, "instruction stream", "co_code is empty") }
        try verifyCaches(code, instructions, fail)
        var hasReturnGenerator = false
        for instruction in instructions {
            try verifyArgument(code, instruction, fail)
            if instruction.opcode == .RETURN_GENERATOR { hasReturnGenerator = true }
        }
        try verifyFlags(code, instructions, hasReturnGenerator, fail)
        try verifyExceptionTable(code, fail)
        try verifyLocationTable(code, fail)
        try verifyStack(code, instructions, fail)
    }

    typealias Fail = (Int?, String, String) -> VerifyError

    /// Counts and the localsplus layout: kinds are local, cell, local+cell or free, free
    /// variables come last (COPY_FREE_VARS fills the last slots), arguments are locals.
    static func verifyHeader(_ code: CodeObject, _ fail: Fail) throws {
        let slots = code.localsplusnames.count
        guard code.localspluskinds.count == slots else {
            throw fail(nil, "localsplus layout", "\(slots) names but \(code.localspluskinds.count) kinds")
        }
        guard slots <= maxLocalsPlus else { throw fail(nil, "localsplus layout", "\(slots) slots") }
        guard code.stacksize >= 0, Int(code.stacksize) <= maxStackSize else {
            throw fail(nil, "stack size", "co_stacksize \(code.stacksize) is out of range")
        }
        var seenFree = false
        for (index, kind) in code.localspluskinds.enumerated() {
            switch kind {
            case 0x20, 0x40, 0x60:
                guard !seenFree else { throw fail(nil, "localsplus layout", "slot \(index) follows a free variable") }
            case 0x80: seenFree = true
            default: throw fail(nil, "localsplus layout", "slot \(index) has kind \(kind)")
            }
        }
        guard code.argcount >= 0, code.posonlyargcount >= 0, code.kwonlyargcount >= 0,
              code.posonlyargcount <= code.argcount else {
            throw fail(nil, "argument counts", "argcount \(code.argcount), posonly \(code.posonlyargcount), kwonly \(code.kwonlyargcount)")
        }
        let arguments = Int(code.argcount) + Int(code.kwonlyargcount)
            + (code.flags.contains(.varargs) ? 1 : 0) + (code.flags.contains(.varkeywords) ? 1 : 0)
        guard arguments <= slots else {
            throw fail(nil, "argument counts", "\(arguments) arguments but \(slots) fast-local slots")
        }
        for index in 0..<arguments where code.localspluskinds[index] & 0x20 == 0 {
            throw fail(nil, "argument counts", "argument slot \(index) is not a local")
        }
    }

    /// Inline caches are zero units (what marshal writes); a CACHE opcode never starts an
    /// instruction.
    static func verifyCaches(_ code: CodeObject, _ instructions: [Instruction], _ fail: Fail) throws {
        for instruction in instructions {
            if instruction.opcode == .CACHE {
                throw fail(instruction.offset, "opcode", "CACHE used as an instruction")
            }
            var unit = instruction.offset + 2
            while unit < instruction.end {
                guard code.code[unit] == 0, code.code[unit + 1] == 0 else {
                    throw fail(unit, "inline cache", "\(instruction.opcode.name)'s cache unit is not zero")
                }
                unit += 2
            }
        }
    }

    static func verifyArgument(_ code: CodeObject, _ instruction: Instruction, _ fail: Fail) throws {
        let arg = instruction.arg
        let opcode = instruction.opcode
        func require(_ condition: Bool, _ what: @autoclosure () -> String) throws {
            if !condition { throw fail(instruction.offset, "argument range", "\(opcode.name) \(arg): \(what())") }
        }
        func slotKind(_ index: Int) -> UInt8 { code.localspluskinds[index] }
        switch opcode.argumentKind {
        case .none, .jumpForward, .jumpBackward:
            break
        case .constant:
            try require(arg < code.consts.count, "only \(code.consts.count) constants")
            if opcode == .KW_NAMES {
                guard case .tuple(let items) = code.consts[arg],
                      items.allSatisfy({ if case .str = $0 { return true } else { return false } }) else {
                    throw fail(instruction.offset, "argument range", "KW_NAMES constant is not a tuple of str")
                }
            }
        case .name:
            try require(arg < code.names.count, "only \(code.names.count) names")
        case .globalName:
            try require(arg >> 1 < code.names.count, "only \(code.names.count) names")
        case .local:
            try require(arg < code.localsplusnames.count, "only \(code.localsplusnames.count) fast-local slots")
        case .free:
            try require(arg < code.localsplusnames.count, "only \(code.localsplusnames.count) fast-local slots")
            if opcode == .MAKE_CELL {
                try require(slotKind(arg) & 0x40 != 0, "slot is not a cell")
            } else {
                try require(slotKind(arg) & 0xC0 != 0, "slot is neither a cell nor a free variable")
            }
        case .compare:
            try require(arg < 6, "comparison operators are 0...5")
        case .binaryOp:
            try require(arg <= 25, "binary operators are 0...25")
        case .formatValue:
            try require(arg <= 7, "FORMAT_VALUE flags are 0...7")
        case .makeFunctionFlags:
            try require(arg <= 15, "MAKE_FUNCTION flags are 0...15")
        case .number:
            switch opcode {
            case .RAISE_VARARGS: try require(arg <= 2, "0...2 values")
            case .BUILD_SLICE: try require(arg == 2 || arg == 3, "2 or 3 values")
            case .IS_OP, .CONTAINS_OP, .CALL_FUNCTION_EX: try require(arg <= 1, "0 or 1")
            case .GET_AWAITABLE: try require(arg <= 2, "0...2")
            case .RESUME: try require(arg <= 3, "0...3")
            case .COPY, .SWAP, .LIST_APPEND, .SET_ADD, .MAP_ADD, .LIST_EXTEND, .SET_UPDATE,
                 .DICT_MERGE, .DICT_UPDATE:
                try require(arg >= 1, "must be at least 1")
            case .COPY_FREE_VARS:
                let free = code.localspluskinds.filter { $0 == 0x80 }.count
                try require(arg == free, "the code has \(free) free variables")
            default: break
            }
        }
    }

    /// Generator-kind flags and RETURN_GENERATOR go together; at most one kind is set.
    static func verifyFlags(_ code: CodeObject, _ instructions: [Instruction], _ hasReturnGenerator: Bool,
                            _ fail: Fail) throws {
        let kinds: [CodeFlags] = [.generator, .coroutine, .asyncGenerator]
        let setKinds = kinds.filter { code.flags.contains($0) }.count
        guard setKinds <= 1 else { throw fail(nil, "flags", "more than one of generator, coroutine, async generator") }
        guard (setKinds == 1) == hasReturnGenerator else {
            throw fail(nil, "flags", hasReturnGenerator ? "RETURN_GENERATOR in a code object without generator flags"
                                                        : "generator flags without RETURN_GENERATOR")
        }
        if setKinds == 0, let yield = instructions.first(where: { $0.opcode == .YIELD_VALUE || $0.opcode == .SEND }) {
            throw fail(yield.offset, "flags", "\(yield.opcode.name) outside a generator or coroutine")
        }
    }

    /// Entries are well-formed, sorted, disjoint and inside the code. (Targets on
    /// instruction starts and handler depths are checked with the stack analysis.)
    static func verifyExceptionTable(_ code: CodeObject, _ fail: Fail) throws {
        let entries: [ExceptionTableEntry]
        do { entries = try ExceptionTable.parse(code.exceptiontable) } catch let error as TableError {
            throw fail(nil, "exception table", error.message)
        }
        let units = code.code.count / 2
        var previousEnd = 0
        for entry in entries {
            guard entry.start < entry.end, entry.end <= units else {
                throw fail(entry.start * 2, "exception table", "entry [\(entry.start), \(entry.end)) is empty or outside the \(units) code units")
            }
            guard entry.start >= previousEnd else {
                throw fail(entry.start * 2, "exception table", "entries are not sorted and disjoint")
            }
            guard entry.target < units else {
                throw fail(entry.start * 2, "exception table", "handler \(entry.target) is outside the code")
            }
            guard entry.depth + (entry.lasti ? 1 : 0) + 1 <= Int(code.stacksize) else {
                throw fail(entry.start * 2, "exception table", "handler depth \(entry.depth) exceeds co_stacksize \(code.stacksize)")
            }
            previousEnd = entry.end
        }
    }

    /// The location table decodes and covers exactly the code units.
    static func verifyLocationTable(_ code: CodeObject, _ fail: Fail) throws {
        let entries: [LocationTable.Entry]
        do { entries = try LocationTable.decode(code.linetable, firstLine: Int(code.firstlineno)) } catch {
            throw fail(nil, "location table", "\(error)")
        }
        let covered = entries.reduce(0) { $0 + $1.units }
        guard covered == code.code.count / 2 else {
            throw fail(nil, "location table", "covers \(covered) code units of \(code.code.count / 2)")
        }
    }

    /// One depth per reachable instruction, the same on every path (StackAnalysis), at least
    /// what the instruction reads, and the maximum within co_stacksize.
    static func verifyStack(_ code: CodeObject, _ instructions: [Instruction], _ fail: Fail) throws {
        let list: InstructionList
        let analysis: StackAnalysis
        do {
            list = try InstructionList(decoding: code)
            try verifyCallPairs(list, instructions, fail)
            let startDepth = try generatorStartDepth(list, instructions, fail)
            analysis = try StackAnalysis.analyze(list, startDepth: startDepth, sizeDeadHandlers: true)
        } catch let error as TransformError {
            throw fail(nil, "control flow and stack depth", error.message)
        } catch let error as TableError {
            throw fail(nil, "location table", error.message)
        }
        guard analysis.maxDepth <= Int(code.stacksize) else {
            throw fail(nil, "stack depth", "the stack reaches \(analysis.maxDepth) items, co_stacksize is \(code.stacksize)")
        }
        for (index, instruction) in instructions.enumerated() {
            guard let depth = analysis.depths[index] else { continue }
            let inputs = instruction.opcode.stackInputs(arg: instruction.arg)
            guard inputs <= depth else {
                throw fail(instruction.offset, "stack depth", "\(instruction.opcode.name) reads \(inputs) items from a stack of \(depth)")
            }
        }
    }

    /// RETURN_GENERATOR leaves the value sent into the generator on its frame's stack, which
    /// the stack analysis models as a start depth of 1 (as the compiler does). That holds only
    /// for CPython's prologue shape, so require it: one RETURN_GENERATOR, preceded only by
    /// MAKE_CELL / COPY_FREE_VARS / NOP, and no jump or handler landing at or before it.
    static func generatorStartDepth(_ list: InstructionList, _ instructions: [Instruction],
                                    _ fail: Fail) throws -> Int {
        let generators = instructions.indices.filter { instructions[$0].opcode == .RETURN_GENERATOR }
        guard let position = generators.first else { return 0 }
        guard generators.count == 1 else {
            throw fail(instructions[generators[1]].offset, "flags", "more than one RETURN_GENERATOR")
        }
        for instruction in instructions[..<position] {
            switch instruction.opcode {
            case .MAKE_CELL, .COPY_FREE_VARS, .NOP: continue
            default:
                throw fail(instruction.offset, "flags", "\(instruction.opcode.name) before RETURN_GENERATOR")
            }
        }
        for instruction in list.instructions {
            let targets = [instruction.jumpTarget, instruction.handler?.target].compactMap { $0 }
            if let early = targets.first(where: { $0.raw <= position }) {
                throw fail(instructions[early.raw].offset, "control flow and stack depth",
                           "a jump or handler lands on the generator prologue")
            }
        }
        return 1
    }

    /// CALL n directly follows PRECALL n (each pair together, the CALL never jumped to), so
    /// that PRECALL's stack check covers the n + 2 items CALL really pops.
    static func verifyCallPairs(_ list: InstructionList, _ instructions: [Instruction], _ fail: Fail) throws {
        var targets = Set<Int>()
        for instruction in list.instructions {
            if let target = instruction.jumpTarget { targets.insert(target.raw) }
            if let handler = instruction.handler { targets.insert(handler.target.raw) }
        }
        for (index, instruction) in instructions.enumerated() {
            switch instruction.opcode {
            case .CALL:
                guard index > 0, instructions[index - 1].opcode == .PRECALL,
                      instructions[index - 1].arg == instruction.arg, !targets.contains(index) else {
                    throw fail(instruction.offset, "argument range", "CALL \(instruction.arg) not directly after PRECALL \(instruction.arg)")
                }
            case .PRECALL:
                guard index + 1 < instructions.count, instructions[index + 1].opcode == .CALL else {
                    throw fail(instruction.offset, "argument range", "PRECALL not directly followed by CALL")
                }
            default:
                break
            }
        }
    }
}

/// Everything `CodeVerifier.verifyOne` reads of a code object, except the names it only
/// prints in errors: two code objects with equal keys are both valid or both invalid, so a
/// runtime that loads the same module again (a reload, a re-import after
/// `sys.modules.pop`) verifies its code once. Change it together with the verifier.
public struct CodeVerificationKey: Hashable, Sendable {
    let code: [UInt8]
    let exceptiontable: [UInt8]
    let linetable: [UInt8]
    let localspluskinds: [UInt8]
    let counts: [Int]
    /// Per constant: whether it is a tuple of str (what KW_NAMES may name).
    let constantIsKeywordNames: [Bool]

    public init(_ code: CodeObject) {
        self.code = code.code
        exceptiontable = code.exceptiontable
        linetable = code.linetable
        localspluskinds = code.localspluskinds
        counts = [Int(code.argcount), Int(code.posonlyargcount), Int(code.kwonlyargcount), Int(code.stacksize),
                  Int(code.flags.rawValue), Int(code.firstlineno), code.consts.count, code.names.count,
                  code.localsplusnames.count]
        constantIsKeywordNames = code.consts.map { constant in
            guard case .tuple(let items) = constant else { return false }
            return items.allSatisfy { if case .str = $0 { return true } else { return false } }
        }
    }
}
