// gc.collect(): CPython's trial deletion (gcmodule.c), over the objects reachable from live
// instances of classes with `__del__` (the only objects the runtime can enumerate; tracking
// every container would cost every allocation). For that set: start from each object's
// strong reference count, subtract the references the set's own containers hold
// (`traverseReferences`); what is still referenced from outside, and everything reachable
// from it, is alive; the rest is cyclic garbage. The garbage is finalized (`__del__` once),
// checked again (a finalizer may resurrect it), then cleared like tp_clear (instance dicts
// dropped, lists and dicts emptied), which breaks the cycles so reference counting frees them.
// Safety: a reference the traversal does not report only makes its target look externally
// referenced (kept alive), so the traversal may be incomplete but must never report a
// reference that is not a strong one.

@_silgen_name("swift_retainCount")
private func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int

extension PyObject {
    /// The strong references this object holds that the collector follows (tp_traverse).
    func traverseReferences(_ visit: (PyObject) -> Void) {
        if self is PyType { return }
        if let dict { visit(dict) }
        func values(_ items: [Value]) {
            for case .object(let o) in items { visit(o) }
        }
        switch self {
        case let list as PyList: values(list.items)
        case let tuple as PyTuple: values(tuple.items)
        case let dict as PyDict: dict.traverseEntries(visit)
        case let set as PySet: values(set.elements)
        case let slotted as PySlottedObject: values(slotted.slots)
        case let cell as PyCell: if case .object(let o) = cell.contents { visit(o) }
        case let method as PyMethod: values([method.function, method.receiver])
        case let function as PyFunction:
            values(function.defaults)
            for cell in function.closure { visit(cell) }
            if let kwdefaults = function.kwdefaults { visit(kwdefaults) }
        default: break
        }
    }
}

extension PyDict {
    func traverseEntries(_ visit: (PyObject) -> Void) {
        for entry in entries {
            if case .object(let k) = entry.key { visit(k) }
            if case .object(let v) = entry.value { visit(v) }
        }
    }

    /// tp_clear for the collector (the entries are released once the dict is empty).
    func clearForCollector() { removeAll() }
}

extension Runtime {
    /// gc.collect(): the number of unreachable objects found.
    func collectCycles() -> Int {
        let lifecycle = types.object.lifecycle
        let seeds = lifecycle.finalizable.values.map { $0.object }
        let garbage = unreachableObjects(from: seeds, heldByCaller: false)
        if garbage.isEmpty { return 0 }
        // Hold the garbage while finalizers run (they may drop or resurrect references).
        let held = garbage.map { $0.takeUnretainedValue() }
        // Finalizers run in creation order (CPython's collector list is in allocation order).
        // (A scope of its own: no reference but `held` may survive into the recount.)
        do {
            let order = held.indices.compactMap { i in
                lifecycle.finalizable[ObjectIdentifier(held[i])].map { (serial: $0.serial, index: i) }
            }.sorted { $0.serial < $1.serial }
            for entry in order { finalizeAlive(held[entry.index]) }
        }
        // handle_resurrected_objects: only what is still unreachable is cleared.
        let stillGarbage = unreachableObjects(from: held.map { Unmanaged.passUnretained($0) }, heldByCaller: true)
        let doomed = Set(stillGarbage.map { ObjectIdentifier($0.takeUnretainedValue()) })
        // CPython 3.11 keeps instance attributes inline, so their dicts are not counted.
        let instanceDicts = Set(held.compactMap { $0 is PyType ? nil : $0.dict.map(ObjectIdentifier.init) })
        let count = doomed.subtracting(instanceDicts).count
        for object in held where doomed.contains(ObjectIdentifier(object)) {
            clearForCollector(object)
        }
        return count
    }

    /// tp_clear: drop the references that can form cycles.
    private func clearForCollector(_ object: PyObject) {
        switch object {
        case let list as PyList:
            var items = list.items
            list.items = []
            releaseLastFirst(&items)
        case let dict as PyDict:
            dict.clearForCollector()
        case let cell as PyCell:
            cell.contents = .null
        case let slotted as PySlottedObject:
            var slots = slotted.slots
            slotted.slots = []
            slotted.dict = nil
            releaseLastFirst(&slots)
        case is PyType, is PyModule:
            break
        default:
            object.dict = nil
        }
    }

    /// Trial deletion over `seeds` and everything they reach. `heldByCaller`: the caller
    /// holds one strong reference to each seed, which is not an outside reference.
    private func unreachableObjects(from seeds: [Unmanaged<PyObject>], heldByCaller: Bool) -> [Unmanaged<PyObject>] {
        var objects: [Unmanaged<PyObject>] = []
        var index: [ObjectIdentifier: Int] = [:]
        func add(_ o: PyObject) {
            let id = ObjectIdentifier(o)
            if index[id] == nil {
                index[id] = objects.count
                objects.append(Unmanaged.passUnretained(o))
            }
        }
        for seed in seeds { add(seed.takeUnretainedValue()) }
        var next = 0
        while next < objects.count {
            objects[next].takeUnretainedValue().traverseReferences { add($0) }
            next += 1
        }
        // Counts are read while the collector itself holds no strong reference to them.
        var refs = objects.map { swiftRetainCount($0.toOpaque()) }
        if heldByCaller {
            for seed in seeds { if let i = index[ObjectIdentifier(seed.takeUnretainedValue())] { refs[i] -= 1 } }
        }
        for object in objects {
            object.takeUnretainedValue().traverseReferences { target in
                if let i = index[ObjectIdentifier(target)] { refs[i] -= 1 }
            }
        }
        // Everything reachable from an externally referenced object is alive.
        var alive = [Bool](repeating: false, count: objects.count)
        var work: [Int] = []
        for i in 0..<objects.count where refs[i] > 0 {
            alive[i] = true
            work.append(i)
        }
        while let i = work.popLast() {
            objects[i].takeUnretainedValue().traverseReferences { target in
                if let j = index[ObjectIdentifier(target)], !alive[j] {
                    alive[j] = true
                    work.append(j)
                }
            }
        }
        return (0..<objects.count).filter { !alive[$0] }.map { objects[$0] }
    }
}
