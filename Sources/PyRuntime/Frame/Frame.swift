// An executing code object: its slots (fast locals, cells, free variables, then the
// operand stack) live in the data stack; this record holds the rest.
//
// Frame records are owned by the runtime's FrameStack and reused in LIFO order, like
// the data stack itself, so the eval loop keeps only unowned(unsafe) references to them:
// a call costs no allocation and no reference counting of frame records.

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
    /// Index of the next free operand-stack slot (starts after the fast locals). Slots at
    /// and above it hold no live values.
    var sp: Int
    /// Index of the instruction executing (or to resume at).
    var pc = 0
    /// The calling frame (owned by the frame stack, which outlives both).
    unowned(unsafe) var previous: Frame?
    /// Whether returning from this frame ends the current `run` invocation.
    var isEntry = false
    /// For `__init__` frames run inline by CALL on a class: the new instance, which the
    /// caller receives instead of `__init__`'s (None) result.
    var constructedInstance: PyObject?
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

    /// Reuses a frame record for a new activation.
    @inline(__always)
    func reset(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
               function: PyFunction?, stack: DataStack) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        if locals != nil || self.locals != nil { self.locals = locals }
        self.function = function
        let count = code.frameSlotCount
        self.slotCount = count
        self.slots = stack.allocate(count)
        self.sp = code.nlocalsplus
        self.pc = 0
        self.isEntry = false
    }
}

/// The frame records of the running interpreter, innermost last. Records above `count`
/// are kept for reuse.
final class FrameStack {
    private var records: UnsafeMutablePointer<Frame>
    private var capacity = 64
    private var created = 0
    private(set) var count = 0

    init() {
        records = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
    }

    deinit {
        records.deinitialize(count: created)
        records.deallocate()
    }

    @inline(__always)
    func push(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
              function: PyFunction?, stack: DataStack) -> Frame {
        if count < created {
            unowned(unsafe) let frame = records[count]
            frame.reset(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
            count += 1
            return frame
        }
        return pushNew(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
    }

    @inline(never)
    private func pushNew(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
                         function: PyFunction?, stack: DataStack) -> Frame {
        if created == capacity {
            let bigger = UnsafeMutablePointer<Frame>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: records, count: created)
            records.deallocate()
            records = bigger
            capacity *= 2
        }
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
        (records + created).initialize(to: frame)
        created += 1
        count += 1
        return frame
    }

    /// The innermost running frame (its pc is the one saved at its latest call or raise).
    var innermost: Frame? {
        count > 0 ? records[count - 1] : nil
    }

    /// Marks the innermost record free (its owner has released its slots and references).
    @inline(__always)
    func pop() {
        count -= 1
    }
}

extension Runtime {
    /// A frame record for a new activation (reused: no allocation in the steady state).
    @inline(__always)
    func newFrame(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
                  function: PyFunction?) -> Frame {
        frames.push(code: code, globals: globals, builtins: builtins, locals: locals, function: function, stack: stack)
    }

    /// Returns a frame's slots to the data stack and its record to the frame stack. Only
    /// slots below `live` (default: the frame's saved stack pointer) hold values.
    @inline(__always)
    func releaseFrame(_ frame: Frame, live: Int? = nil) {
        if frame.frameObject != nil { detachFrameObject(frame, live: live ?? frame.sp) }
        stack.release(frame.slots, frame.slotCount, live: live ?? frame.sp)
        frame.function = nil
        if frame.locals != nil { frame.locals = nil }
        if frame.constructedInstance != nil { frame.constructedInstance = nil }
        frames.pop()
    }
}
