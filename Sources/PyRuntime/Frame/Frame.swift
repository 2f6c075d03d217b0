// Frames: an activation's slots live in the data stack, the rest in a FrameRecord owned
// by the runtime's FrameStack and reused in LIFO order, like the data stack itself. A
// `Frame` is a plain pointer to its record: a call costs no allocation and no reference
// counting of frame records.

/// The fields of one activation. Records live in memory owned by the FrameStack (each at a
/// fixed address, reused LIFO), so `Frame` is a pointer and passing frames around costs no
/// reference counting (measured: a class here cost 6-8 atomic operations per call).
struct FrameRecord {
    // Unmanaged: the function (held below) or the caller keeps the code and globals alive,
    // and the runtime owns builtins. (`unowned(unsafe)` fields still cost a retain/release
    // pair each time the loop reads them into a local; hot paths use
    // `_withUnsafeGuaranteedRef` on these.)
    var codeReference: Unmanaged<PyCodeObject>
    var globalsReference: Unmanaged<PyDict>
    var builtinsReference: Unmanaged<PyDict>
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME).
    var locals: PyDict?
    /// The running function, owned by this record (+1) while the frame is live. Unmanaged
    /// so a call can move the caller's stack reference in instead of retaining the
    /// function and then releasing the stack slot.
    var functionReference: Unmanaged<PyFunction>?
    var slots: UnsafeMutablePointer<Value>
    var slotCount: Int
    /// Index of the next free operand-stack slot (starts after the fast locals). Slots at
    /// and above it hold no live values.
    var sp: Int
    /// Index of the instruction executing (or to resume at).
    var pc = 0
    /// The calling frame.
    var previous: Frame?
    /// Whether returning from this frame ends the current `run` invocation.
    var isEntry = false
    /// For `__init__` frames run inline by CALL on a class: the new instance, which the
    /// caller receives instead of `__init__`'s (None) result.
    var constructedInstance: PyObject?
    /// The `frame` object tracebacks refer to, once an exception passed through (PyFrameObject.swift).
    var frameObject: PyFrameObject?
}

/// An executing code object: its slots (fast locals, cells, free variables, then the
/// operand stack) live in the data stack; its record holds the rest. A `Frame` is valid
/// until its activation is released (`releaseFrame`).
struct Frame: Equatable {
    let record: UnsafeMutablePointer<FrameRecord>

    static func == (a: Frame, b: Frame) -> Bool { a.record == b.record }

    var code: PyCodeObject {
        @inline(__always) get { record.pointee.codeReference.takeUnretainedValue() }
        @inline(__always) nonmutating set { record.pointee.codeReference = Unmanaged.passUnretained(newValue) }
    }
    var globals: PyDict {
        @inline(__always) get { record.pointee.globalsReference.takeUnretainedValue() }
        @inline(__always) nonmutating set { record.pointee.globalsReference = Unmanaged.passUnretained(newValue) }
    }
    var builtins: PyDict {
        @inline(__always) get { record.pointee.builtinsReference.takeUnretainedValue() }
        @inline(__always) nonmutating set { record.pointee.builtinsReference = Unmanaged.passUnretained(newValue) }
    }
    var locals: PyDict? {
        @inline(__always) get { record.pointee.locals }
        @inline(__always) nonmutating set { record.pointee.locals = newValue }
    }
    var function: PyFunction? {
        @inline(__always) get { record.pointee.functionReference?.takeUnretainedValue() }
    }
    var slots: UnsafeMutablePointer<Value> {
        @inline(__always) get { record.pointee.slots }
    }
    var slotCount: Int {
        @inline(__always) get { record.pointee.slotCount }
    }
    var sp: Int {
        @inline(__always) get { record.pointee.sp }
        @inline(__always) nonmutating set { record.pointee.sp = newValue }
    }
    var pc: Int {
        @inline(__always) get { record.pointee.pc }
        @inline(__always) nonmutating set { record.pointee.pc = newValue }
    }
    var previous: Frame? {
        @inline(__always) get { record.pointee.previous }
        @inline(__always) nonmutating set { record.pointee.previous = newValue }
    }
    var isEntry: Bool {
        @inline(__always) get { record.pointee.isEntry }
        @inline(__always) nonmutating set { record.pointee.isEntry = newValue }
    }
    var constructedInstance: PyObject? {
        @inline(__always) get { record.pointee.constructedInstance }
        @inline(__always) nonmutating set { record.pointee.constructedInstance = newValue }
    }
    /// Whether `constructedInstance` is set, read without retaining it.
    var hasConstructedInstance: Bool {
        @inline(__always) get { Frame.holdsReference(&record.pointee.constructedInstance) }
    }
    /// Whether `frameObject` is set, read without retaining it.
    var hasFrameObject: Bool {
        @inline(__always) get { Frame.holdsReference(&record.pointee.frameObject) }
    }
    /// A nil test on an optional class field through its raw word (reading the optional
    /// itself would retain and release the object).
    @inline(__always)
    private static func holdsReference<T: AnyObject>(_ field: inout T?) -> Bool {
        withUnsafeMutablePointer(to: &field) { UnsafeRawPointer($0).load(as: UInt.self) != 0 }
    }
    var frameObject: PyFrameObject? {
        @inline(__always) get { record.pointee.frameObject }
        @inline(__always) nonmutating set { record.pointee.frameObject = newValue }
    }

    /// Starts a new activation in this (free) record. `function` is taken over (+1).
    @inline(__always)
    func reset(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
               taking function: Unmanaged<PyFunction>?, stack: DataStack) {
        record.pointee.codeReference = Unmanaged.passUnretained(code)
        record.pointee.globalsReference = Unmanaged.passUnretained(globals)
        record.pointee.builtinsReference = Unmanaged.passUnretained(builtins)
        if locals != nil { record.pointee.locals = locals }
        record.pointee.functionReference = function
        let count = code.frameSlotCount
        record.pointee.slotCount = count
        record.pointee.slots = stack.allocate(count, initializing: code.nlocalsplus)
        record.pointee.sp = code.nlocalsplus
        record.pointee.pc = 0
        record.pointee.isEntry = false
    }

    /// Ends the activation: drops the references the record holds (the slots are the
    /// caller's business, see `releaseFrame`).
    @inline(__always)
    func clearReferences() {
        if let f = record.pointee.functionReference {
            record.pointee.functionReference = nil
            f.release()
        }
        if record.pointee.locals != nil { record.pointee.locals = nil }
        if hasConstructedInstance { record.pointee.constructedInstance = nil }
        record.pointee.previous = nil
    }
}

/// The frame records of the running interpreter, innermost last. Records above `count`
/// are kept for reuse; a record never moves, so `Frame` pointers stay valid while used.
final class FrameStack {
    private var records: UnsafeMutablePointer<UnsafeMutablePointer<FrameRecord>>
    private var capacity = 64
    private var created = 0
    private(set) var count = 0

    init() {
        records = UnsafeMutablePointer<UnsafeMutablePointer<FrameRecord>>.allocate(capacity: capacity)
    }

    deinit {
        for i in 0..<created {
            records[i].deinitialize(count: 1)
            records[i].deallocate()
        }
        records.deallocate()
    }

    /// A record for a new activation; `function` (+1) is taken over by the record.
    @inline(__always)
    func push(code: PyCodeObject, globals: PyDict, builtins: PyDict, locals: PyDict?,
              taking function: Unmanaged<PyFunction>?, stack: DataStack) -> Frame {
        if count == created { makeRecord(code: code, globals: globals, builtins: builtins) }
        let frame = Frame(record: records[count])
        frame.reset(code: code, globals: globals, builtins: builtins, locals: locals, taking: function, stack: stack)
        count += 1
        return frame
    }

    @inline(never)
    private func makeRecord(code: PyCodeObject, globals: PyDict, builtins: PyDict) {
        if created == capacity {
            let bigger = UnsafeMutablePointer<UnsafeMutablePointer<FrameRecord>>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: records, count: created)
            records.deallocate()
            records = bigger
            capacity *= 2
        }
        let record = UnsafeMutablePointer<FrameRecord>.allocate(capacity: 1)
        record.initialize(to: FrameRecord(codeReference: Unmanaged.passUnretained(code),
                                          globalsReference: Unmanaged.passUnretained(globals),
                                          builtinsReference: Unmanaged.passUnretained(builtins), locals: nil,
                                          functionReference: nil, slots: UnsafeMutablePointer(bitPattern: 8)!,
                                          slotCount: 0, sp: 0))
        (records + created).initialize(to: record)
        created += 1
    }

    /// The innermost running frame (its pc is the one saved at its latest call or raise).
    var innermost: Frame? {
        count > 0 ? Frame(record: records[count - 1]) : nil
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
        frames.push(code: code, globals: globals, builtins: builtins, locals: locals,
                    taking: function.map { Unmanaged.passRetained($0) }, stack: stack)
    }

    /// Returns a frame's slots to the data stack and its record to the frame stack. Only
    /// slots below `live` (default: the frame's saved stack pointer) hold values.
    @inline(__always)
    func releaseFrame(_ frame: Frame, live: Int? = nil) {
        if frame.hasFrameObject { detachFrameObject(frame, live: live ?? frame.sp) }
        stack.release(frame.slots, frame.slotCount, live: live ?? frame.sp)
        frame.clearReferences()
        frames.pop()
    }
}
