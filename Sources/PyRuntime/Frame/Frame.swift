// An executing code object: its slots (fast locals, cells, free variables, then the
// operand stack) live in the data stack; this record holds the rest.

final class Frame {
    let code: PyCodeObject
    let globals: PyDict
    let builtins: PyDict
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME).
    let locals: PyDict?
    let function: PyFunction?
    let slots: UnsafeMutablePointer<Value>
    let slotCount: Int
    /// Index of the next free operand-stack slot (starts after the fast locals).
    var sp: Int
    /// Index of the instruction executing (or to resume at).
    var pc = 0
    var previous: Frame?
    /// Whether returning from this frame ends the current `run` invocation.
    var isEntry = false
    /// Pending KW_NAMES tuple for the next CALL.
    var kwNames: PyTuple?

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
}
