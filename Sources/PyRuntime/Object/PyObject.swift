// The base of every heap object. Subclasses in Types/ add their storage; instances of
// user-defined classes are plain PyObjects with an attribute dict.

open class PyObject {
    /// Set once at creation; optional only so that `type` itself can be bootstrapped.
    @usableFromInline final var storedType: PyType?
    /// The instance `__dict__`, created on first use for types whose instances have one.
    public final var dict: PyDict?

    public init(type: PyType) {
        self.storedType = type
    }

    /// The common path is one flag test; `__del__` and its bookkeeping live in Lifecycle.swift.
    deinit {
        // Instances of list, dict, exception and __slots__ classes are finalized by their own
        // deinit, which runs first, while their storage still exists; other layouts are
        // only unregistered (their `__del__` is not supported).
        if let t = storedType, t.hasFinalizer {
            // (__slots__ instances, PySlottedObject, were finalized by their own deinit.)
            if t.layout == .object && !(self is PySlottedObject) { finalizeDying(t) } else { t.lifecycle.forget(self) }
        }
    }

    /// Only for the bootstrap of the `type` type, whose class is itself.
    init(bootstrap: ()) {
        self.storedType = nil
    }

    /// The object's class. Strong: an instance keeps its class alive, as in CPython.
    @inline(__always) public final var type: PyType {
        get { storedType.unsafelyUnwrapped }
        set { storedType = newValue }
    }
}
