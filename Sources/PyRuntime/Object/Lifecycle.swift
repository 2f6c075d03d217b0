// Object lifetime (DESIGN.md section 4b): what happens when the last reference to an object
// goes. Values hold Swift strong references, so that moment is the object's Swift `deinit`.
// Two things happen there that plain ARC does not do:
// - `__del__` (PEP 442 finalizers): Swift cannot resurrect an object inside `deinit`, so the
//   dying instance's state (class, `__dict__`) moves into a fresh *shell* object marked
//   finalized, `__del__` runs on the shell, and the shell lives on if `__del__` stored it.
//   `__del__` therefore runs once per object, resurrected or not.
// - the trashcan (CPython's Py_TRASHCAN_BEGIN): releasing a long chain (a linked list of
//   instances, nested lists or tuples) would recurse once per link in Swift's deinit and
//   overflow the native stack. Container deinits count their nesting here; past
//   `trashcanDepth` they park their children in `trash`, and the outermost deinit frees the
//   parked values one at a time.

/// The per-interpreter lifetime state that deinits reach through their type object (every
/// type of one runtime shares one), so no global mutable state is needed.
public final class ObjectLifecycle {
    /// The runtime that calls `__del__`, cleared by the runtime's deinit so that objects
    /// outliving it (a test dropping the interpreter) are freed without finalizers.
    /// Unretained, not weak: a weak reference gives the Runtime a side table, which sends
    /// every retain and release of it down Swift's slow path.
    unowned(unsafe) var runtime: Runtime?
    /// Nesting of container deinits now on the native stack.
    var depth = 0
    /// Values whose release was deferred by the trashcan.
    var trash: [Value] = []
    /// Nesting past which a container parks its children instead of releasing them.
    static let trashcanDepth = 100

    /// Live instances of classes with `__del__`, so that those still alive at exit (in
    /// reference cycles) are finalized then, in creation order. Unretained: the entry is
    /// removed by the object's deinit.
    var finalizable: [ObjectIdentifier: (serial: Int, object: Unmanaged<PyObject>)] = [:]
    var nextSerial = 0
    /// Objects finalized while still alive (at exit or by gc), whose deinit must not call
    /// `__del__` again.
    var finalizedAlive: Set<ObjectIdentifier> = []

    /// gc.isenabled() / gc.get_threshold(): recorded for the API (GcModule.swift).
    var gcEnabled = true
    var gcThresholds = [700, 10, 10]
    /// gc.garbage, created on first use.
    private var garbageList: PyList?

    init() {}

    func garbage(_ rt: Runtime) -> PyList {
        if let garbageList { return garbageList }
        let list = PyList(type: rt.types.list, [])
        garbageList = list
        return list
    }

    /// Whether a container being freed should park its children (the trashcan is full).
    @inline(__always) var mustDefer: Bool { depth >= ObjectLifecycle.trashcanDepth }

    /// Frees the parked values; called by a container deinit that brought the depth to 0.
    @inline(never)
    func drainTrash() {
        depth += 1
        // removeLast completes before the value is released, so a deinit that parks more
        // values here mutates a consistent array.
        while !trash.isEmpty { _ = trash.removeLast() }
        depth -= 1
    }

    /// Drops every record of `object` (it is dying, or changing class).
    func forget(_ object: PyObject) {
        let id = ObjectIdentifier(object)
        finalizable.removeValue(forKey: id)
        finalizedAlive.remove(id)
    }

    /// Records a live instance of a class with `__del__` (once; later calls keep its serial).
    func register(_ object: PyObject) {
        let id = ObjectIdentifier(object)
        guard object.type.hasFinalizer, finalizable[id] == nil, !finalizedAlive.contains(id) else { return }
        finalizable[id] = (nextSerial, Unmanaged.passUnretained(object))
        nextSerial += 1
    }
}

extension PyObject {
    /// Called from `deinit` when the object's class defines `__del__` (rare path).
    @inline(never)
    final func finalizeDying(_ type: PyType) {
        let lifecycle = type.lifecycle
        let id = ObjectIdentifier(self)
        lifecycle.finalizable.removeValue(forKey: id)
        if lifecycle.finalizedAlive.remove(id) != nil { return }
        guard let rt = lifecycle.runtime, let shell = makeFinalizerShell(type) else { return }
        rt.callFinalizer(shell)
    }

    /// The object that stands for this one while `__del__` runs: same class, same state
    /// (moved, not copied), already marked finalized. Nil for storage it cannot move.
    private func makeFinalizerShell(_ type: PyType) -> PyObject? {
        let shell: PyObject
        switch self {
        case let list as PyList:
            shell = PyList(type: type, list.items)
            list.items = []
        case let dict as PyDict:
            let moved = PyDict(type: type)
            dict.moveContents(to: moved)
            shell = moved
        case let slotted as PySlottedObject:
            let moved = PySlottedObject(type: type, slotCount: 0)
            moved.slots = slotted.slots
            slotted.slots = []
            shell = moved
        case let exception as PyBaseException:
            let moved = PyBaseException(type: type, args: exception.args)
            moved.traceback = exception.traceback
            moved.cause = exception.cause
            moved.context = exception.context
            moved.suppressContext = exception.suppressContext
            moved.notes = exception.notes
            moved.attributeName = exception.attributeName
            moved.attributeObject = exception.attributeObject
            moved.osErrorFields = exception.osErrorFields
            moved.group = exception.group
            moved.slots = exception.slots
            shell = moved
        default:
            guard type.layout == .object, Swift.type(of: self) == PyObject.self else { return nil }
            shell = PyObject(type: type)
        }
        shell.dict = dict
        dict = nil
        type.lifecycle.finalizedAlive.insert(ObjectIdentifier(shell))
        return shell
    }
}

extension Runtime {
    /// Releases values removed from a container, the last one first, as CPython's list
    /// operations do; the caller has already made the container consistent.
    func releaseLastFirst(_ values: inout [Value]) {
        while !values.isEmpty { _ = values.removeLast() }
    }
}

extension ObjectLifecycle {
    /// A dying list's or tuple's items, released last first (listdealloc, tupledealloc);
    /// past the nesting limit they go to the trashcan instead of recursing.
    /// Items that are unboxed values need no release at all.
    func releaseItemsLastFirst(_ items: inout [Value]) {
        if items.isEmpty { return }
        if mustDefer {
            trash.append(contentsOf: items)
            return
        }
        depth += 1
        // Reversed, the buffer's own destruction (first to last) releases them last first.
        // Only the order of object releases can be observed: with one object at most (pairs
        // of ints from enumerate), no reversal.
        let objectCount = items.withUnsafeBufferPointer { buffer -> Int in
            var count = 0
            for i in buffer.indices where UnsafeMutablePointer(mutating: buffer.baseAddress! + i).unretainedObject != nil {
                count += 1
                if count > 1 { break }
            }
            return count
        }
        if objectCount > 1 { items.reverse() }
        items = []
        depth -= 1
        if depth == 0, !trash.isEmpty { drainTrash() }
    }
}

