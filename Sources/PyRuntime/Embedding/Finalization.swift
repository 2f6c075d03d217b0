// Running `__del__` (PyObject_CallFinalizer) and the finalization of what is still alive
// when the program ends (CPython's interpreter shutdown).

extension Runtime {
    /// Calls `type(object).__del__(object)`. An exception it raises is reported the way
    /// PyErr_WriteUnraisable does ("Exception ignored in: ...") and swallowed. The state of
    /// the code that was interrupted by the release (the handled exception, the frame a
    /// builtin is being called from) is restored afterwards.
    func callFinalizer(_ object: PyObject) {
        // After an execution limit stopped the program, no Python code runs.
        guard limitState?.stop == nil, let del = object.type.lookup(staticName("__del__")) else { return }
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
    /// through its cycle collector, which finalizes what it finds while the globals are
    /// still intact; here, with the globals intact too, in the order CPython 3.11 shows:
    /// 1. instances with `__del__` held by `__main__` globals, directly or through the
    ///    attributes of instances without `__del__`, in creation order (the collector's
    ///    list is in allocation order);
    /// 2. those held by containers reachable from the globals, level by level: each
    ///    container's items as its deallocation releases them (lists and tuples last item
    ///    first, dicts and attributes in insertion order), nested containers after;
    /// 3. every other instance with `__del__` still alive (in cycles unreachable from the
    ///    globals), in creation order.
    func finalizeAtExit(_ globals: PyDict) {
        let lifecycle = types.object.lifecycle
        // Steps 1 and 2 only look for instances with `__del__`: with none alive, skip the
        // walk over everything reachable (measured: 50M instructions after a big sort).
        if !lifecycle.finalizable.isEmpty { finalizeReachable(globals) }
        closeGeneratorsAtExit(globals)
        // Step 3.
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

    /// Steps 1 and 2 of `finalizeAtExit`.
    private func finalizeReachable(_ globals: PyDict) {
        let lifecycle = types.object.lifecycle
        func isPending(_ o: PyObject) -> Bool {
            o.type.hasFinalizer && lifecycle.finalizable[ObjectIdentifier(o)] != nil
        }
        func isPlainInstance(_ o: PyObject) -> Bool {
            o.type.isHeapType && o.type.layout == .object && !(o is PyType)
        }
        // Step 1.
        var direct: [(serial: Int, object: PyObject)] = []
        var seen: Set<ObjectIdentifier> = []
        var work = globals.items.map { $0.value }
        while let value = work.popLast() {
            guard case .object(let o) = value, seen.insert(ObjectIdentifier(o)).inserted else { continue }
            if isPending(o), let entry = lifecycle.finalizable[ObjectIdentifier(o)] {
                direct.append((entry.serial, o))
            } else if !o.type.hasFinalizer, isPlainInstance(o), let attributes = o.dict {
                work.append(contentsOf: attributes.items.map { $0.value })
            }
        }
        direct.sort { $0.serial < $1.serial }
        for entry in direct { finalizeAlive(entry.object) }
        direct = []
        // Step 2: breadth first from the globals.
        var queue = globals.items.map { $0.value }
        var head = 0
        seen = []
        while head < queue.count {
            let value = queue[head]
            head += 1
            guard case .object(let o) = value, seen.insert(ObjectIdentifier(o)).inserted else { continue }
            let children: [Value]
            switch o {
            case let list as PyList: children = list.items.reversed()
            case let tuple as PyTuple: children = tuple.items.reversed()
            case let dict as PyDict: children = dict.items.map { $0.value }
            default: children = isPlainInstance(o) ? (o.dict?.items.map { $0.value } ?? []) : []
            }
            for child in children {
                if case .object(let c) = child, isPending(c) { finalizeAlive(c) }
                queue.append(child)
            }
        }
    }
}
