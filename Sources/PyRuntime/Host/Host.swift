// Everything that touches the outside world goes through a Host, so tests can capture
// output and an embedder can deny capabilities.
import PyBytecode

public protocol Host: AnyObject {
    func writeStdout(_ text: String)
    func writeStderr(_ text: String)
    func flushStdout()
    /// A source file's bytes, for traceback source lines; nil when unavailable or denied.
    func readSource(_ path: String) -> [UInt8]?
    /// Compiles source text for compile(), eval() and exec(): the VM itself only runs code
    /// objects, compiling is the front end's job. The default answers `.unavailable`.
    func compile(_ request: HostCompileRequest) -> HostCompileResult
    // Imports (Host+Imports.swift has the defaults: no file system, no search path).
    func fileStatus(_ path: String) -> HostFileStatus?
    func readFile(_ path: String) -> [UInt8]?
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) -> Bool
    func defaultModuleSearchPath() -> [String]
    /// One line of standard input with its "\n" (nil at end of input); default: no input.
    func readInputLine() -> String?
    // The time module (Host+Imports.swift has defaults reading the system clocks).
    func clock(_ kind: HostClock) -> Double
    func sleep(seconds: Double)
    /// An operating-system call for `posix`/`os` (Host+System.swift has the libc default).
    func system(_ call: SystemCall) -> SystemReply
}

extension Host {
    public func compile(_ request: HostCompileRequest) -> HostCompileResult { .unavailable }
}

/// Collects output in memory (tests, embedding).
public final class CapturingHost: Host {
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    public init() {}
    public func writeStdout(_ text: String) { stdout += text }
    public func writeStderr(_ text: String) { stderr += text }
    public func flushStdout() {}
    public func readSource(_ path: String) -> [UInt8]? { nil }
}

/// What a host's compiler returns for compile(), eval() and exec() of source text.
public enum HostCompileResult {
    case code(CodeObject)
    /// A SyntaxError (or IndentationError/TabError, by `typeName`) with CPython's fields.
    case syntaxError(typeName: String, message: String, filename: String, line: Int?, offset: Int?,
                     text: String?, endLine: Int?, endOffset: Int?)
    /// compile(..., ast.PyCF_ONLY_AST): the syntax tree, each node as the tuple
    /// ("ClassName", ((field, value), ...), ((attribute, value), ...)), node lists as lists.
    case syntaxTree(PyConstant)
    /// Another error the compiler raised (ValueError for null bytes, ...).
    case error(typeName: String, message: String)
    /// This host cannot compile source.
    case unavailable
}

/// A request to compile source text, with compile()'s arguments.
public struct HostCompileRequest: Hashable, Sendable {
    public var source: [UInt8]
    /// Whether `source` came from a str (UTF-8, no coding cookie applies) or from bytes.
    public var sourceIsText: Bool
    /// The source is a syntax tree (compile() of an AST object), marshalled in the
    /// `syntaxTree` result's form.
    public var sourceIsSyntaxTree = false
    public var filename: String
    /// "exec", "eval" or "single".
    public var mode: String
    public var flags: Int
    public var dontInherit: Bool
    public var optimize: Int
    public init(source: [UInt8], sourceIsText: Bool, filename: String, mode: String, flags: Int,
                dontInherit: Bool, optimize: Int) {
        self.source = source
        self.sourceIsText = sourceIsText
        self.filename = filename
        self.mode = mode
        self.flags = flags
        self.dontInherit = dontInherit
        self.optimize = optimize
    }
}
