// `frame` objects: what a traceback entry's `tb_frame` is. They exist only for frames an
// exception passed through (no cost on calls). While the frame runs, its locals live in the
// data stack; when it finishes while a traceback still refers to it, its fast locals move
// into the object, so they stay alive as long as the traceback does (as in CPython, where
// `except E as e` deletes `e` to release them).

public final class PyFrameObject: PyObject {
    public let code: PyCodeObject
    public let globals: PyDict
    /// The fast locals, cells and free variables of the finished frame (NULL = unbound).
    var locals: [Value] = []
    /// The frame's `locals` mapping (module and class bodies; nil for function frames).
    public let localsMapping: PyDict?
    /// The line and byte offset (`f_lasti`) of the latest traceback entry made for this frame
    /// (`f_lineno`, `f_lasti`).
    public var line: Int?
    public var lasti: Int = 0

    init(type: PyType, code: PyCodeObject, globals: PyDict, localsMapping: PyDict?) {
        self.code = code
        self.globals = globals
        self.localsMapping = localsMapping
        super.init(type: type)
    }
}

extension Runtime {
    /// The frame object of a running frame, made on first use (by a traceback entry).
    @inline(never)
    func frameObject(_ frame: Frame, at instructionIndex: Int) -> PyFrameObject {
        let object: PyFrameObject
        if let existing = frame.frameObject {
            object = existing
        } else {
            object = PyFrameObject(type: types.frame, code: frame.code, globals: frame.globals, localsMapping: frame.locals)
            frame.frameObject = object
        }
        object.line = frame.code.line(at: instructionIndex)
        let offsets = frame.code.unitOffsets
        object.lasti = offsets.indices.contains(instructionIndex) ? offsets[instructionIndex] * 2 : -1
        return object
    }

    /// Called as a frame finishes: if something else (a traceback) still holds its frame
    /// object, the fast locals move into it instead of being released with the frame.
    @inline(never)
    func detachFrameObject(_ frame: Frame, live: Int) {
        guard var object = frame.frameObject else { return }
        frame.frameObject = nil
        if isKnownUniquelyReferenced(&object) { return }
        let count = min(frame.code.nlocalsplus, live)
        var locals = [Value]()
        locals.reserveCapacity(count)
        for i in 0..<count {
            locals.append((frame.slots + i).move())
            (frame.slots + i).initialize(to: .null)
        }
        object.locals = locals
    }
}
