// A code object prepared for execution: instructions decoded once (EXTENDED_ARG folded,
// caches dropped, jump targets as instruction indices), constants and names as runtime
// values, the exception table in instruction indices.
import PyBytecode

/// One decoded instruction.
public struct Instr {
    public var opcode: Opcode
    /// The argument; for jumps, the target's instruction index.
    public var arg: Int32
}

/// LOAD_GLOBAL's inline cache: valid while neither dict has changed.
struct GlobalCacheEntry {
    var globals: ObjectIdentifier? = nil
    var globalsMutations = 0
    var builtinsMutations = 0
    var value: Value = .null
}

/// An exception-table entry in instruction indices.
struct HandlerEntry {
    var start: Int   // first covered instruction index
    var end: Int     // one past the last covered instruction index
    var target: Int
    var depth: Int
    var lasti: Bool
}

public final class PyCodeObject: PyObject {
    public let code: CodeObject
    let instructions: [Instr]
    /// The same instructions in a buffer the eval loop reads without bounds checks; the
    /// verifier (PyBytecode/Verify) and the decoder guarantee jump targets are in range.
    let instructionBuffer: UnsafeMutableBufferPointer<Instr>
    /// Code-unit offset of each instruction (its opcode unit), for lasti and line numbers.
    let unitOffsets: [Int]
    let handlers: [HandlerEntry]
    /// One LOAD_GLOBAL cache entry per instruction index.
    let globalCaches: UnsafeMutablePointer<GlobalCacheEntry>
    var constants: [Value]
    /// The constants again, for the eval loop (no array retain or bounds check per load).
    let constantBuffer: UnsafeMutablePointer<Value>
    /// Slots a frame of this code needs: fast locals, cells, free variables, operand stack.
    let frameSlotCount: Int
    let names: [PyStrObject]
    let localNames: [PyStrObject]
    let nlocalsplus: Int
    let cellSlots: [Int]           // localsplus indices that MAKE_CELL may wrap
    let freeCount: Int
    let positions: [SourcePosition]
    /// No *args, **kwargs or keyword-only parameters: a call with exactly `argcount`
    /// positional arguments needs no binding logic.
    let isSimplePositional: Bool
    public let name: String
    public let qualname: String
    public let filename: String

    init(type: PyType, code: CodeObject, rt: Runtime) throws {
        self.code = code
        // Everything below, and the eval loop's unchecked accesses, rely on what this proves.
        // Code verified before (the same module imported again) is not verified twice.
        let verificationKey = CodeVerificationKey(code)
        if !rt.verifiedCode.contains(verificationKey) {
            do { try CodeVerifier.verify(code) } catch let error as VerifyError {
                throw rt.error(rt.types.valueError, error.description)
            }
            if rt.verifiedCode.count >= Runtime.verifiedCodeCapacity { rt.verifiedCode.removeAll(keepingCapacity: true) }
            rt.verifiedCode.insert(verificationKey)
        }
        let decoded = try Bytecode.decode(code.code)
        var indexOfOffset: [Int: Int] = [:]
        for (i, instruction) in decoded.enumerated() {
            indexOfOffset[instruction.start] = i
            indexOfOffset[instruction.offset] = i
        }
        var instrs: [Instr] = []
        instrs.reserveCapacity(decoded.count)
        for instruction in decoded {
            var arg = instruction.arg
            if let target = instruction.jumpTarget {
                guard let index = indexOfOffset[target] else {
                    throw rt.error(rt.types.systemError, "jump to a non-instruction offset \(target)")
                }
                arg = index
            }
            // The eval loop indexes constants, names and slots without bounds checks.
            let limit: Int
            switch instruction.opcode.argumentKind {
            case .constant: limit = code.consts.count
            case .name: limit = code.names.count
            case .globalName: limit = code.names.count * 2
            case .local, .free: limit = code.localsplusnames.count
            default: limit = Int.max
            }
            guard arg >= 0, arg < limit else {
                throw rt.error(rt.types.systemError,
                               "\(instruction.opcode.name) argument \(arg) out of range in \(code.qualname.string)")
            }
            instrs.append(Instr(opcode: instruction.opcode, arg: Int32(truncatingIfNeeded: arg)))
        }
        instructions = instrs
        // A trailing CACHE is the sentinel for code that runs off its end (never executed
        // otherwise: caches are dropped by the decoder).
        instructionBuffer = UnsafeMutableBufferPointer<Instr>.allocate(capacity: instrs.count + 1)
        _ = instructionBuffer.initialize(from: instrs + [Instr(opcode: .CACHE, arg: 0)])
        unitOffsets = decoded.map { $0.offset / 2 }
        globalCaches = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: max(instrs.count, 1))
        globalCaches.initialize(repeating: GlobalCacheEntry(), count: max(instrs.count, 1))
        var entries: [HandlerEntry] = []
        for e in try ExceptionTable.parse(code.exceptiontable) {
            // Instructions whose opcode unit lies in [start, end).
            let first = decoded.firstIndex { $0.offset / 2 >= e.start } ?? decoded.count
            let last = decoded.lastIndex { $0.offset / 2 < e.end }.map { $0 + 1 } ?? 0
            guard let target = indexOfOffset[e.target * 2] else {
                throw rt.error(rt.types.systemError, "exception handler at a non-instruction offset")
            }
            entries.append(HandlerEntry(start: first, end: last, target: target, depth: e.depth, lasti: e.lasti))
        }
        handlers = entries
        constants = []
        names = code.names.map { rt.intern($0.string) }
        localNames = code.localsplusnames.map { rt.intern($0.string) }
        nlocalsplus = code.localsplusnames.count
        cellSlots = code.localspluskinds.enumerated().compactMap { $0.element & 0x40 != 0 ? $0.offset : nil }
        freeCount = code.localspluskinds.filter { $0 & 0x80 != 0 }.count
        positions = try LocationTable.positions(code.linetable, firstLine: Int(code.firstlineno),
                                                codeUnits: code.code.count / 2)
        isSimplePositional = code.kwonlyargcount == 0 && !code.flags.contains(.varargs)
            && !code.flags.contains(.varkeywords)
        name = code.name.string
        qualname = code.qualname.string
        filename = code.filename.string
        frameSlotCount = nlocalsplus + Int(code.stacksize)
        constantBuffer = UnsafeMutablePointer<Value>.allocate(capacity: max(code.consts.count, 1))
        constantBuffer.initialize(repeating: .none, count: max(code.consts.count, 1))
        super.init(type: type)
        constants = try code.consts.map { try rt.value(fromConstant: $0) }
        for (i, c) in constants.enumerated() { constantBuffer[i] = c }
    }

    deinit {
        globalCaches.deinitialize(count: max(instructions.count, 1))
        globalCaches.deallocate()
        instructionBuffer.deallocate()
        constantBuffer.deinitialize(count: max(code.consts.count, 1))
        constantBuffer.deallocate()
    }

    /// The source line of instruction `index` (nil when it has none).
    func line(at index: Int) -> Int? {
        guard index >= 0, index < unitOffsets.count else { return nil }
        let unit = unitOffsets[index]
        return unit < positions.count ? positions[unit].line : nil
    }

    /// The innermost handler covering instruction `index`.
    func handler(at index: Int) -> HandlerEntry? {
        for entry in handlers where index >= entry.start && index < entry.end { return entry }
        return nil
    }
}
