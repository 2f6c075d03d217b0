// Which fast locals may still be read: a backward fixed point over fall-through, jump and
// exception edges. LOAD_FAST reads; STORE_FAST writes; DELETE_FAST both reads (it raises
// UnboundLocalError on an unbound local) and writes. Cells and free variables are not
// tracked: resume functions share them instead of passing their values.

public struct Liveness: Sendable {
    /// For each instruction, the local slots (LOAD_FAST arguments) live before it, sorted.
    public var liveBefore: [[Int]]

    /// `slotCount` is the number of fast-local slots (co_localsplusnames); arguments beyond
    /// it (malformed code) are ignored rather than sized for.
    public static func analyze(_ list: InstructionList, slotCount: Int) -> Liveness {
        let instructions = list.instructions
        let indexByID = list.indexByID()
        let count = instructions.count
        var successors = [[Int]](repeating: [], count: count)
        for (index, instruction) in instructions.enumerated() {
            if instruction.opcode.isJump, let id = instruction.jumpTarget, let target = indexByID[id] {
                successors[index].append(target)
            }
            if !instruction.opcode.isTerminal && index + 1 < count { successors[index].append(index + 1) }
        }
        let words = (max(slotCount, 0) + 63) / 64
        var live = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: count)
        var changed = true
        while changed {
            changed = false
            for index in stride(from: count - 1, through: 0, by: -1) {
                var set = [UInt64](repeating: 0, count: words)
                for successor in successors[index] {
                    for word in 0..<words { set[word] |= live[successor][word] }
                }
                let instruction = instructions[index]
                let slot = instruction.arg
                switch slot >= 0 && slot < slotCount ? instruction.opcode : .NOP {
                case .STORE_FAST:
                    set[slot / 64] &= ~(UInt64(1) << UInt64(slot % 64))
                case .LOAD_FAST, .DELETE_FAST:
                    set[slot / 64] |= UInt64(1) << UInt64(slot % 64)
                default:
                    break
                }
                // An exception edge leaves before the instruction's own write, so a handler's
                // needs stay live even across a STORE_FAST.
                if let handler = instruction.handler, let target = indexByID[handler.target] {
                    for word in 0..<words { set[word] |= live[target][word] }
                }
                if set != live[index] {
                    live[index] = set
                    changed = true
                }
            }
        }
        let sets = live.map { bits -> [Int] in
            var slots: [Int] = []
            for word in 0..<words where bits[word] != 0 {
                for bit in 0..<64 where bits[word] & (UInt64(1) << UInt64(bit)) != 0 {
                    slots.append(word * 64 + bit)
                }
            }
            return slots
        }
        return Liveness(liveBefore: sets)
    }
}
