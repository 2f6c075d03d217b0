// The entry point of resume-function generation: a cache keyed by the original code object
// and the request, which also maps requests on generated resume functions back to the code
// they came from (resume-of-resume), so every path to one point shares one code object.

/// A code object used as a dictionary key: equal values are the same key (a resume function
/// depends only on the code's value, so value identity is the right identity here).
struct CodeKey: Hashable {
    let code: CodeObject
    func hash(into hasher: inout Hasher) {
        hasher.combine(code.code)
        hasher.combine(code.qualname)
        hasher.combine(code.firstlineno)
    }
    static func == (lhs: CodeKey, rhs: CodeKey) -> Bool { lhs.code == rhs.code }
}

/// What makes two requests on one code object produce the same function.
struct ResumeKey: Hashable {
    let originalOffset: Int
    let stack: [ResumeStackEntry]
    /// Live bound locals (the arguments) and live unbound ones, by slot: the rest of the
    /// bound set does not change the function.
    let liveBound: [PyStr]
    let liveUnbound: [PyStr]
    let mode: ResumeMode
    let naming: ResumeNaming
}

public final class ResumeCache {
    private struct Original {
        let analysis: ResumeAnalysis
        var functions: [ResumeKey: ResumeFunction] = [:]
    }
    private struct Generated {
        let original: CodeKey
        let originalIndex: [Int?]
        let frontOffsets: [Int]
    }
    private var originals: [CodeKey: Original] = [:]
    private var generated: [CodeKey: Generated] = [:]
    /// Requests answered from the cache, and requests that generated a new function.
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    /// Returns the resume function that continues a frame of `code` at `request.offset`, or
    /// throws a `ResumeRefusal` saying why the frame cannot be resumed there.
    ///
    /// The caller (the VM) captures, at an instruction boundary of a live frame: the
    /// instruction's byte offset (its front); the operand stack bottom first, each slot a
    /// value or NULL; which plain locals are bound. It then calls the returned code as
    /// `FunctionType(fn.code, frame_globals, fn.code.co_name, None, closure)(*stack_values,
    /// *[locals[n] for n in fn.localArguments])`, where `stack_values` are the non-NULL stack
    /// slots bottom first and `closure` is the frame's cell objects (its cellvars and
    /// freevars, looked up by name) in `fn.closureNames` order. Cells are shared, so writes
    /// after resuming are seen by inner functions made before.
    ///
    /// Pure and deterministic: the result depends only on the code object's value and the
    /// request (the line in the generated name comes from the code, not the caller). When
    /// `code` is itself a function this cache generated, the request is mapped to the
    /// original code object and the answer is the one a direct request there gives (the same
    /// cached object), so chains of resumes never nest.
    public func resumeFunction(for code: CodeObject, _ request: ResumeRequest) throws -> ResumeFunction {
        var key = CodeKey(code: code)
        var request = request
        if let origin = generated[key] {
            guard let index = origin.frontOffsets.firstIndex(of: request.offset) else {
                throw ResumeRefusal(.notAnInstruction, "offset \(request.offset) is not the start of an instruction")
            }
            guard index < origin.originalIndex.count, let originalIndex = origin.originalIndex[index],
                  let original = originals[origin.original], originalIndex < original.analysis.fronts.count else {
                throw ResumeRefusal(.insideResumePrologue, "offset \(request.offset) is in the prologue of a resume function")
            }
            key = origin.original
            request.offset = original.analysis.fronts[originalIndex]
        }
        if originals[key] == nil {
            originals[key] = Original(analysis: try ResumeAnalysis(key.code))
        }
        guard let original = originals[key] else { throw ResumeRefusal(.invalidCode, "internal: cache entry missing") }
        let cacheKey = try resumeKey(original.analysis, request)
        if let hit = original.functions[cacheKey] {
            hits += 1
            return hit
        }
        let result = try ResumeGenerator.generate(original.analysis, request)
        misses += 1
        originals[key]?.functions[cacheKey] = result.function
        generated[CodeKey(code: result.function.code)] = Generated(
            original: key, originalIndex: result.originalIndex,
            frontOffsets: (try? Bytecode.decode(result.function.code.code).map(\.start)) ?? [])
        return result.function
    }

    /// The key of a request; throws the refusal when the point cannot be resumed at all.
    private func resumeKey(_ analysis: ResumeAnalysis, _ request: ResumeRequest) throws -> ResumeKey {
        let names = analysis.code.localsplusnames
        let point = try ResumePoint.locate(analysis, offset: request.offset)
        let live = analysis.liveBefore[point.index].filter { $0 < names.count }
        let bound = live.filter { request.boundLocals?.contains(names[$0]) ?? true }.map { names[$0] }
        let unbound = live.filter { !(request.boundLocals?.contains(names[$0]) ?? true) }.map { names[$0] }
        return ResumeKey(originalOffset: request.offset, stack: request.stack, liveBound: bound,
                         liveUnbound: unbound, mode: request.mode, naming: request.naming)
    }
}
