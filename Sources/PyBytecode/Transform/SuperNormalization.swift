// Zero-argument `super()` reads the frame's first local and its `__class__` cell. A resume
// function's first local is a stack value or another local, so before the original code
// is reused, each `super()` becomes `super(__class__, <first argument>)` (RESUME.md C2).

enum SuperNormalization {
    /// Rewrites `LOAD_GLOBAL super (+NULL); PRECALL 0; CALL 0` in place. The PRECALL's
    /// identity moves to the first inserted load, so a jump to (or a resume at) the PRECALL
    /// still runs the whole call; CALL keeps its identity.
    static func apply(_ list: inout InstructionList, _ code: CodeObject) {
        let names = code.localsplusnames
        let kinds = code.localspluskinds
        guard names.count == kinds.count,
              let classSlot = names.indices.first(where: {
                  names[$0] == "__class__" && LocalKind(rawValue: kinds[$0]).contains(.free)
              }),
              code.argcount > 0,  // otherwise super() raises, as it should
              !names.isEmpty,
              let superName = code.names.firstIndex(of: "super") else { return }
        let firstIsCell = LocalKind(rawValue: kinds[0]).contains(.cell)
        var index = 0
        while index + 2 < list.instructions.count {
            let load = list.instructions[index]
            let precall = list.instructions[index + 1]
            let call = list.instructions[index + 2]
            guard load.opcode == .LOAD_GLOBAL, load.arg == superName << 1 | 1,
                  precall.opcode == .PRECALL, precall.arg == 0, call.opcode == .CALL, call.arg == 0 else {
                index += 1
                continue
            }
            var loadClass = precall
            loadClass.opcode = .LOAD_DEREF
            loadClass.arg = classSlot
            let loadFirst = list.make(firstIsCell ? .LOAD_DEREF : .LOAD_FAST, 0, handler: precall.handler,
                                      position: precall.position)
            let newPrecall = list.make(.PRECALL, 2, handler: precall.handler, position: precall.position)
            var newCall = call
            newCall.arg = 2
            list.instructions.replaceSubrange(index + 1...index + 2, with: [loadClass, loadFirst, newPrecall, newCall])
            index += 5
        }
    }
}
