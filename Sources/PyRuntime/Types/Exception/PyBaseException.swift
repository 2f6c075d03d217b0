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
    /// UnicodeEncodeError/DecodeError/TranslateError's encoding, object, start, end, reason
    /// (kept apart from args, as CPython's struct fields are; nil until __init__ ran).
    public var unicodeErrorFields: [Value]? = nil
    /// `__slots__` values of exception subclasses that declare slots (grown on first store;
    /// PySlottedObject's role for plain objects).
    public var slots: [Value] = []
    /// BaseExceptionGroup's message and exceptions (nil for other exceptions).
    public var group: ExceptionGroupFields? = nil
    /// For NameError: the names visible where it was raised (locals, globals, builtins).
    var nameCandidates: [[String]]? = nil

    init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }

    /// `__del__` of exception subclasses runs while the fields still exist (Lifecycle.swift).
    deinit {
        if let t = storedType, t.hasFinalizer { finalizeDying(t) }
    }
}

/// One traceback entry: the code, the instruction and line, and the next (inner) entry.
public final class PyTraceback: PyObject {
    public let code: PyCodeObject
    public let instructionIndex: Int
    public let line: Int?
    public var next: PyTraceback?
    /// The frame the entry is for (keeps the finished frame's locals alive).
    public let frame: PyFrameObject?

    init(type: PyType, code: PyCodeObject, instructionIndex: Int, next: PyTraceback?, frame: PyFrameObject? = nil) {
        self.code = code
        self.instructionIndex = instructionIndex
        self.line = code.line(at: instructionIndex)
        self.next = next
        self.frame = frame
        super.init(type: type)
    }

    /// Frees the rest of the chain iteratively: a traceback through 100,000 frames would
    /// otherwise recurse once per entry in Swift's deinit.
    deinit {
        var cursor = next
        next = nil
        while var entry = cursor {
            cursor = nil
            guard isKnownUniquelyReferenced(&entry) else { break }
            cursor = entry.next
            entry.next = nil
        }
    }
}

/// A raised Python exception travelling through Swift `throws`.
public struct PyException: Error, @unchecked Sendable {
    public let exception: PyBaseException
    public init(_ exception: PyBaseException) { self.exception = exception }
}
