// Running `__del__` (PyObject_CallFinalizer) and the finalization of what is still alive
// when the program ends (CPython's interpreter shutdown).

extension Runtime {
    /// Calls `type(object).__del__(object)`. An exception it raises is reported the way
    /// PyErr_WriteUnraisable does ("Exception ignored in: ...") and swallowed. The state of
    /// the code that was interrupted by the release (the handled exception, the frame a
    /// builtin is being called from) is restored afterwards.
    func callFinalizer(_ object: PyObject) {
        guard let del = object.type.lookup(staticName("__del__")) else { return }
        let savedHandled = handledException
        let savedCaller = callerFrame
        defer {
            handledException = savedHandled
            callerFrame = savedCaller
        }
        do {
            _ = try callMethodValue(del, .object(object), [])
        } catch let e as PyException {
            writeUnraisable(e.exception, in: del)
        } catch {
            host.writeStderr("Exception ignored in: \(error)\n")
        }
    }

    /// PyErr_WriteUnraisable: the object whose call failed, then the usual traceback text.
    func writeUnraisable(_ exc: PyBaseException, in object: Value) {
        let description = (try? repr(object)) ?? "<object repr() failed>"
        host.writeStderr("Exception ignored in: \(description)\n" + formatException(exc))
    }

    /// Calls `__del__` on an object that is still alive (at exit, or in a cycle) and marks it
    /// finalized, so that its eventual deinit does not call `__del__` again.
    func finalizeAlive(_ object: PyObject) {
        let lifecycle = object.type.lifecycle
        let id = ObjectIdentifier(object)
        lifecycle.finalizable.removeValue(forKey: id)
        guard !lifecycle.finalizedAlive.contains(id) else { return }
        lifecycle.finalizedAlive.insert(id)
        callFinalizer(object)
    }

    /// Interpreter shutdown, as far as `__del__` can observe it. CPython frees `__main__`
    /// through its cycle collector, which finalizes everything unreachable while the globals
    /// are still intact; here, with the globals intact too:
    /// 1. objects with `__del__` that are values of `__main__` globals, in dict order;
    /// 2. every other instance with `__del__` still alive (held by other objects, or in
    ///    reference cycles), in creation order.
    /// CPython's exact order among nested objects comes from its collector's list order and
    /// can differ from step 2's creation order.
    func finalizeAtExit(_ globals: PyDict) {
        for (_, value) in globals.items {
            if case .object(let o) = value, o.type.hasFinalizer, o.type.lifecycle.finalizable[ObjectIdentifier(o)] != nil {
                finalizeAlive(o)
            }
        }
        let lifecycle = types.object.lifecycle
        // Finalizers may create new finalizable objects: a few passes, then stop.
        for _ in 0..<3 {
            let pending = lifecycle.finalizable.map { (id: $0.key, serial: $0.value.serial) }.sorted { $0.serial < $1.serial }
            if pending.isEmpty { break }
            for entry in pending {
                // An earlier finalizer may have freed this one (deinit unregisters it).
                guard let current = lifecycle.finalizable[entry.id], current.serial == entry.serial else { continue }
                let object = current.object.takeUnretainedValue()
                finalizeAlive(object)
            }
        }
        host.flushStdout()
    }
}
