// What resume generation needs to know about one original code object, computed once and
// kept by ResumeCache: a VM resuming often asks for many points of the same code.

struct ResumeAnalysis {
    let code: CodeObject
    /// The code as decoded: instruction i has identity i.
    let list: InstructionList
    /// The list resume functions are built from (SuperNormalization applied).
    let normalized: InstructionList
    /// Byte offset of each decoded instruction's front.
    let fronts: [Int]
    /// Index in `normalized` of each identity.
    let normalizedIndex: [InstructionID: Int]
    /// Static depth before each normalized instruction, or why there is none.
    let depths: Result<[Int?], ResumeRefusal>
    /// Exceptions being handled before each normalized instruction.
    let handledLevels: [Int]
    /// Live local slots before each normalized instruction.
    let liveBefore: [[Int]]

    init(_ code: CodeObject) throws {
        self.code = code
        do {
            list = try InstructionList(decoding: code)
            fronts = try Bytecode.decode(code.code).map(\.start)
        } catch {
            throw ResumeRefusal(.invalidCode, "the code cannot be decoded: \(error)")
        }
        var normalized = list
        SuperNormalization.apply(&normalized, code)
        self.normalized = normalized
        normalizedIndex = normalized.indexByID()
        do {
            depths = .success(try StackAnalysis.analyze(normalized, sizeDeadHandlers: false).depths)
        } catch {
            depths = .failure(ResumeRefusal(.invalidCode, "the code does not pass stack analysis: \(error)"))
        }
        handledLevels = ResumePoint.handledExceptionLevels(normalized)
        liveBefore = Liveness.analyze(normalized, slotCount: code.localsplusnames.count).liveBefore
    }
}
