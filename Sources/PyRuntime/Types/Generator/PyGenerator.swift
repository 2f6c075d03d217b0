// Generator, coroutine and async generator objects (CPython's genobject.c): one class, as
// in CPython, where the three share PyGenObject's layout. The object owns its frame's slots
// between resumptions; resuming moves them into a frame record on the data stack and runs
// it as an entry frame (Types/Generator/PyGenerator+Resume.swift).

public final class PyGenerator: PyObject {
    enum Kind { case generator, coroutine, asyncGenerator }
    /// CPython's gi_frame_state, reduced to what is observable.
    enum State { case created, suspended, running, completed }

    let kind: Kind
    let code: PyCodeObject
    let globals: PyDict
    /// The function that made it: keeps the code's globals and builtins alive.
    let function: PyFunction?
    var name: Value
    var qualname: Value
    /// The suspended frame's slots (fast locals, cells, free variables, operand stack);
    /// the first `live` hold values.
    private(set) var storage: UnsafeMutablePointer<Value>
    let capacity: Int
    var live = 0
    /// Instruction index to resume at (the one after the suspension point).
    var pc = 0
    var state = State.created
    /// The exception the generator's own code is handling (gi_exc_state).
    var excState: Value = .none
    /// The frame object (gi_frame, traceback entries), kept across suspensions.
    var frameObject: PyFrameObject?
    /// Async generators: ag_running_async and ag_closed.
    var runningAsync = false
    var closed = false
    /// Set on a shell that finalizes a dying generator (its deinit must not finalize again).
    var finalized = false
    /// While running: the exception the resuming code was handling (sys.exc_info() inside
    /// a generator that handles nothing sees it), and the generator running before.
    var resumerHandled: Value = .none
    var previousRunning: PyGenerator?

    init(type: PyType, kind: Kind, code: PyCodeObject, globals: PyDict, function: PyFunction?,
         name: Value, qualname: Value) {
        self.kind = kind
        self.code = code
        self.globals = globals
        self.function = function
        self.capacity = code.frameSlotCount
        self.storage = UnsafeMutablePointer<Value>.allocate(capacity: max(code.frameSlotCount, 1))
        self.name = name
        self.qualname = qualname
        super.init(type: type)
    }

    /// A shell taking over the state of a dying generator, to run its `finally` blocks.
    init(shellOf dying: PyGenerator) {
        kind = dying.kind
        code = dying.code
        globals = dying.globals
        function = dying.function
        name = dying.name
        qualname = dying.qualname
        capacity = dying.capacity
        storage = dying.storage
        live = dying.live
        pc = dying.pc
        state = dying.state
        excState = dying.excState
        frameObject = dying.frameObject
        runningAsync = dying.runningAsync
        closed = dying.closed
        finalized = true
        dying.storage = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        dying.live = 0
        dying.state = .completed
        super.init(type: dying.type)
    }

    deinit {
        if !finalized && (state == .suspended || (state == .created && kind == .coroutine)),
           let rt = type.lifecycle.runtime {
            rt.finalizeGenerator(self)
        }
        var i = 0
        while i < live { (storage + i).deinitialize(count: 1); i += 1 }
        storage.deallocate()
    }

    var kindName: String {
        switch kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }
}

/// The value an async generator yields, wrapped by ASYNC_GEN_WRAP so that `asend` can tell
/// it from values its awaits pass up (_PyAsyncGenWrappedValue).
final class PyAsyncGenWrappedValue: PyObject {
    let value: Value
    init(type: PyType, _ value: Value) {
        self.value = value
        super.init(type: type)
    }
}

/// coroutine.__await__(): an iterator driving the coroutine (coroutine_wrapper).
final class PyCoroutineWrapper: PyObject {
    let coroutine: PyGenerator
    init(type: PyType, _ coroutine: PyGenerator) {
        self.coroutine = coroutine
        super.init(type: type)
    }
}

/// The awaitables returned by an async generator's `__anext__`/`asend` and
/// `athrow`/`aclose` (async_generator_asend, async_generator_athrow).
final class PyAsyncGenAwaitable: PyObject {
    enum Operation {
        case send(Value)
        /// athrow's arguments; nil for aclose().
        case throwing([Value]?)
    }
    enum State { case initial, iterating, closed }
    let generator: PyGenerator
    let operation: Operation
    var state = State.initial
    init(type: PyType, generator: PyGenerator, operation: Operation) {
        self.generator = generator
        self.operation = operation
        super.init(type: type)
    }
}

/// The type objects and the running state generators share, per runtime.
final class GeneratorSupport {
    let generator: PyType, coroutine: PyType, asyncGenerator: PyType
    let coroutineWrapper: PyType, asyncGenAsend: PyType, asyncGenAthrow: PyType
    let asyncGenWrappedValue: PyType, anextAwaitable: PyType

    init(_ rt: Runtime) {
        // Layout `.object`: no container slot wrappers (__len__, __iter__, ...) are made
        // up for them (NativeAttributes.swift); their instances are never plain objects.
        func make(_ name: String) -> PyType {
            let t = PyType(metatype: rt.types.type, name: name, bases: [rt.types.object], layout: .object,
                           isHeapType: false, namespace: rt.newDict())
            t.setLinearMRO()
            return t
        }
        generator = make("generator")
        coroutine = make("coroutine")
        asyncGenerator = make("async_generator")
        coroutineWrapper = make("coroutine_wrapper")
        asyncGenAsend = make("async_generator_asend")
        asyncGenAthrow = make("async_generator_athrow")
        asyncGenWrappedValue = make("async_generator_wrapped_value")
        anextAwaitable = make("anext_awaitable")
    }
}
