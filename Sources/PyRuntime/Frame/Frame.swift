// An executing code object: its slots (fast locals, cells, free variables, then the
// operand stack) live in the data stack; this record holds the rest.

final class Frame {
    // Unowned: the function (strong below) or the caller keeps the code and globals alive,
    // and the runtime owns builtins; skipping their reference counting is measurable per call.
    unowned(unsafe) var code: PyCodeObject
    unowned(unsafe) var globals: PyDict
    unowned(unsafe) var builtins: PyDict
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME).
    var locals: PyDict?
    var function: PyFunction?
    var slots: UnsafeMutablePointer<Value>
    var slotCount: Int
    /// Index of the next free operand-stack slot (starts after the fast locals).
    var sp: Int
    /// Index of the instruction executing (or to resume at).
    var pc = 0
    var previous: Frame?
    /// Whether returning from this frame ends the current `run` invocation.
    var isEntry = false
    /// Pending KW_NAMES tuple for the next CALL.
    var kwNames: PyTuple?
    /// The `frame` object tracebacks refer to, once an exception passed through (PyFrameObject.swift).
    var frameObject: PyFrameObject?

    init(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
         function: PyFunction?, stack: DataStack) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.function = function
        self.slotCount = code.nlocalsplus + Int(code.code.stacksize)
        self.slots = stack.allocate(slotCount)
        self.sp = code.nlocalsplus
    }

    /// Reuses a pooled frame record for a new activation.
    func reset(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
               function: PyFunction?, stack: DataStack) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.function = function
        self.slotCount = code.nlocalsplus + Int(code.code.stacksize)
        self.slots = stack.allocate(slotCount)
        self.sp = code.nlocalsplus
        self.pc = 0
        self.isEntry = false
    }
}

extension Runtime {
    /// A frame record, from the pool when one is free (saves an allocation per call).
    @inline(__always)
    func newFrame(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
                  function: PyFunction?) -> Frame {
        if let frame = framePool.popLast() {
            frame.reset(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
            return frame
        }
        return Frame(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
    }
}
