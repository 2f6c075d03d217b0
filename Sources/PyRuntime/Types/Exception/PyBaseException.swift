// Instances of BaseException and its subclasses, and the Swift error that carries one
// while it propagates through native code.

public final class PyBaseException: PyObject {
    public var args: [Value]
    public var traceback: PyTraceback?
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false
    public var notes: Value = .null
    /// AttributeError.name/.obj and NameError.name, used for "Did you mean" suggestions.
    public var attributeName: Value = .none
    public var attributeObject: Value = .none
    /// OSError's errno, strerror, filename, filename2 (nil when not built from an errno).
    public var osErrorFields: [Value]? = nil
    /// For NameError: the names visible where it was raised (locals, globals, builtins).
    var nameCandidates: [[String]]? = nil

    init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }
}

/// One traceback entry: the code, the instruction and line, and the next (inner) entry.
public final class PyTraceback: PyObject {
    public let code: PyCodeObject
    public let instructionIndex: Int
    public let line: Int?
    public var next: PyTraceback?
    /// What `tb_frame` needs of the frame that raised: frames are pooled records, so the
    /// traceback keeps the globals (and the locals mapping of module and class bodies) and
    /// makes a frame object only when `tb_frame` is read.
    let globals: PyDict?
    let localsMapping: PyDict?
    var frameObject: PyFrameObject?

    init(type: PyType, code: PyCodeObject, instructionIndex: Int, next: PyTraceback?, frame: Frame? = nil) {
        self.code = code
        self.instructionIndex = instructionIndex
        self.line = code.line(at: instructionIndex)
        self.next = next
        self.globals = frame?.globals
        self.localsMapping = frame?.locals
        super.init(type: type)
    }
}

/// A frame object as seen from a traceback (`tb.tb_frame`): the code, globals and the line
/// the frame was at; made on demand, never per call.
public final class PyFrameObject: PyObject {
    public let code: PyCodeObject
    public let globals: PyDict?
    public let localsMapping: PyDict?
    public let line: Int?
    public let lasti: Int
    init(type: PyType, code: PyCodeObject, globals: PyDict?, localsMapping: PyDict?, line: Int?, lasti: Int) {
        self.code = code
        self.globals = globals
        self.localsMapping = localsMapping
        self.line = line
        self.lasti = lasti
        super.init(type: type)
    }
}

/// A raised Python exception travelling through Swift `throws`.
public struct PyException: Error, @unchecked Sendable {
    public let exception: PyBaseException
    public init(_ exception: PyBaseException) { self.exception = exception }
}
