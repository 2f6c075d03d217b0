// The inputs and outputs of resume-function generation (see ResumeCache.resumeFunction for
// the entry point and RESUME.md sections B-D for the specification).

/// What one operand-stack slot holds at the resume point, bottom of the stack first.
public enum ResumeStackEntry: Hashable, Sendable {
    /// A value: passed to the resume function as the next `___stackN` argument.
    case value
    /// A NULL (from PUSH_NULL, LOAD_GLOBAL's NULL bit or LOAD_METHOD): re-pushed with PUSH_NULL.
    /// Where LOAD_METHOD left NULLs depends on the run, so the frame's real slots must be given.
    case null
    /// Dynamo-compatible mode only: the `__exit__` slot of an active `with` block. The value
    /// passed for it is the context manager's *class*; the resume function calls it with
    /// `constructorArguments` and enters the new context (dynamo's ReenterWith).
    case reenterWith(constructorArguments: [PyConstant])

    // PyConstant is Equatable but not Hashable: hash the shape, compare the values.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .value: hasher.combine(0)
        case .null: hasher.combine(1)
        case .reenterWith(let arguments): hasher.combine(2); hasher.combine(arguments.count)
        }
    }
}

/// How active `with` blocks (and other blocks) are continued.
public enum ResumeMode: Hashable, Sendable {
    /// Behaviour identical to the uninterrupted frame: a `with` block's live bound `__exit__`
    /// is an ordinary stack value, every original handler is kept, try bodies may be resumed.
    case exact
    /// TorchDynamo's 3.11 scheme: `.reenterWith` slots re-create and re-enter their context
    /// with new handlers; points inside try/except/finally bodies are refused. A context that
    /// suppresses an exception then ends in `TypeError: exceptions must derive from
    /// BaseException` (dynamo's `raise None` tail), as in dynamo.
    case dynamoCompatible
}

/// How the generated code object is named.
public enum ResumeNaming: Hashable, Sendable {
    /// The mode's own name: `torch_dynamo_resume_in_{name}_at_{lineno}` (dynamo-compatible)
    /// or `pyvm_resume_in_{name}_at_{lineno}` (exact); co_firstlineno becomes `lineno`.
    case resumeName
    /// Keep co_name, co_qualname and co_firstlineno, so tracebacks read exactly as the
    /// uninterrupted frame's would.
    case original
}

public struct ResumeRequest: Hashable, Sendable {
    /// Byte offset in co_code of the instruction to continue at (its front: the first
    /// EXTENDED_ARG when it has prefixes), in the code object the request is made for.
    public var offset: Int
    /// The operand stack at that point, bottom first. Its length must equal the static depth.
    public var stack: [ResumeStackEntry]
    /// Names of the plain (non-cell) locals that are bound in the frame; nil means all.
    /// Live bound locals become arguments; live unbound ones stay unbound in the new code.
    public var boundLocals: Set<PyStr>?
    public var mode: ResumeMode
    public var naming: ResumeNaming

    public init(offset: Int, stack: [ResumeStackEntry] = [], boundLocals: Set<PyStr>? = nil,
                mode: ResumeMode = .exact, naming: ResumeNaming = .resumeName) {
        self.offset = offset
        self.stack = stack
        self.boundLocals = boundLocals
        self.mode = mode
        self.naming = naming
    }
}

/// A generated resume function and how to call it.
public struct ResumeFunction: Sendable, Equatable {
    /// The code object: run `FunctionType(code, frame_globals, name, None, closure)`.
    public var code: CodeObject
    /// Number of leading positional arguments that are stack values (`___stack0...`), in
    /// stack order with NULLs left out (`.reenterWith` slots pass the context's class).
    public var stackArgumentCount: Int
    /// The locals passed after the stack values, by their names in the original frame.
    public var localArguments: [PyStr]
    /// co_freevars of the new code: the cells of the frame (its cell and free variables) to
    /// pass as the closure, in this order, shared rather than copied.
    public var closureNames: [PyStr]
    /// The instruction continued at, as a byte offset in the *original* code object (a
    /// request on a resume function is mapped back to the code it was generated from).
    public var originalOffset: Int
}

/// Why no resume function can continue the frame at the requested point.
public struct ResumeRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case generatorFrame, notOptimized, notAnInstruction, prologue, unreachable
        case stackMismatch, insideHandler, pendingKeywordNames, tryBlockInDynamoMode
        case withBlockNotDescribed, nameClash, invalidCode, insideResumePrologue
    }
    public var kind: Kind
    public var reason: String
    public init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }
    public var description: String { "cannot resume: \(reason)" }
}
