// Iteration (iter/next), subscripts and `in`, for builtin containers and via dunders.
import BigInt

extension Runtime {
    /// For an instance of a subclass of a builtin type: true when its class does not
    /// override `name` with Python code, so the builtin type's behaviour applies.
    func inheritsBuiltinSlot(_ o: PyObject, _ name: StaticString) -> Bool {
        guard let method = o.type.lookup(staticName(name)) else { return true }
        return method.object is PyBuiltinFunction
    }

    public func getIter(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            if !o.type.isHeapType || inheritsBuiltinSlot(o, "__iter__") {
                switch o {
                case let l as PyList: return .object(PySequenceIterator(type: types.listIterator, .list(l)))
                case let t as PyTuple: return .object(PySequenceIterator(type: types.tupleIterator, .tuple(t)))
                case let s as PyStrObject: return .object(PySequenceIterator(type: s.value.utf8.allSatisfy { $0 < 0x80 } ? types.strIterator : types.iterator, .str(s)))
                case let r as PyRange:
                    if let small = r.small {
                        return .object(PySequenceIterator(type: types.rangeIterator, .range(start: small.start, step: small.step, count: small.count)))
                    }
                    var i = BigInt(0)
                    return .object(PyClosureIterator(type: types.rangeIterator) { rt in
                        guard i < r.length else { return nil }
                        defer { i += 1 }
                        return rt.makeInt(r.item(i))
                    })
                case let d as PyDict: return .object(PyDictIterator(type: types.dictKeyIterator, dict: d, kind: .keys))
                case is PyBytes, is PyByteArray: return bytesIterator(o)
                case let s as PySet: return .object(PySetIterator(type: types.setIterator, set: s))
                case let view as PyDictView: return dictViewIterator(view)
                case let m as PyMappingProxy: return try getIter(m.mapping)
                case is PySequenceIterator, is PyDictIterator, is PyClosureIterator, is PyCallableIterator,
                     is PySetIterator, is PyDictReverseIterator: return v
                case let g as PyGenerator where g.kind == .generator: return v
                default: break
                }
            }
            if let method = o.type.lookup(staticName("__iter__")) {
                // `__iter__ = None` opts out of iteration (and of the __getitem__ fallback).
                if method.isNone { throw error(types.typeError, "'\(typeName(v))' object is not iterable") }
                let it = try callMethodValue(method, v, [])
                guard typeOf(it).lookup(staticName("__next__")) != nil || isBuiltinIterator(it) else {
                    throw error(types.typeError, "iter() returned non-iterator of type '\(typeName(it))'")
                }
                return it
            }
            if o.type.lookup(staticName("__getitem__")) != nil {
                var i = 0
                return .object(PyClosureIterator(type: types.iterator) { rt in
                    do {
                        let item = try rt.getItem(v, .int(i))
                        i += 1
                        return item
                    } catch let e as PyException where e.exception.type.isSubtype(of: rt.types.indexError)
                                || e.exception.type.isSubtype(of: rt.types.stopIteration) {
                        return nil
                    }
                })
            }
            // A str subclass without __iter__/__getitem__ of its own iterates as str.
            if let s = o as? PyStrObject {
                return .object(PySequenceIterator(type: s.isASCII ? types.strIterator : types.iterator, .str(s)))
            }
        }
        throw error(types.typeError, "'\(typeName(v))' object is not iterable")
    }

    func isBuiltinIterator(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return o is PySequenceIterator || o is PyDictIterator || o is PyClosureIterator || o is PyCallableIterator
            || o is PySetIterator || o is PyDictReverseIterator
    }

    /// next(it): the next value, or nil when exhausted (StopIteration is consumed).
    public func next(_ it: Value) throws -> Value? {
        guard case .object(let o) = it else {
            throw error(types.typeError, "'\(typeName(it))' object is not an iterator")
        }
        switch o {
        case let s as PySequenceIterator:
            switch s.source {
            case .list(let l):
                guard s.index < l.items.count else { s.index = Int.max; return nil }
                defer { s.index += 1 }
                return l.items[s.index]
            case .reversedList(let l):
                guard s.index >= 0 && s.index < l.items.count else { s.index = -1; return nil }
                defer { s.index -= 1 }
                return l.items[s.index]
            case .tuple(let t):
                guard s.index < t.items.count else { return nil }
                defer { s.index += 1 }
                return t.items[s.index]
            case .str(let str):
                if str.isASCII {
                    let utf8 = str.value.utf8
                    guard s.index < utf8.count else { return nil }
                    defer { s.index += 1 }
                    return asciiCharacter(utf8[utf8.index(utf8.startIndex, offsetBy: s.index)])
                }
                if let cps = str.surrogateCodePoints {
                    guard s.index < cps.count else { return nil }
                    defer { s.index += 1 }
                    return self.str(codePoints: [cps[s.index]])
                }
                let scalars = str.scalars
                guard s.index < scalars.count else { return nil }
                defer { s.index += 1 }
                return self.str(String(scalars[s.index]))
            case .range(let start, let step, let count):
                guard s.index < count else { return nil }
                defer { s.index += 1 }
                return .int(start &+ step &* s.index)
            }
        case let d as PyDictIterator:
            // dictiter_iternextkey: a size change, then an entry beyond the expected count.
            if d.source.count != d.used {
                d.used = -1
                throw error(types.runtimeError, "dictionary changed size during iteration")
            }
            guard let entry = d.source.nextEntry(from: d.position) else { d.position = Int.max; return nil }
            if d.remaining <= 0 {
                throw error(types.runtimeError, "dictionary keys changed during iteration")
            }
            d.remaining -= 1
            d.position = entry.position + 1
            switch d.kind {
            case .keys: return entry.key
            case .values: return entry.value
            case .items: return tuple([entry.key, entry.value])
            }
        case let c as PyClosureIterator:
            return try c.next(self)
        case let g as PyGenerator where g.kind == .generator:
            // gen_iternext: a return ends the iteration (its value is dropped).
            if case .yielded(let v) = try resumeGenerator(g, sending: .none) { return v }
            return nil
        case let s as PySetIterator:
            return try s.next(self)
        case let r as PyDictReverseIterator:
            return try r.next(self)
        case let c as PyCallableIterator:
            if c.done { return nil }
            let value = try call(c.callable, [])
            if try equal(value, c.sentinel) { c.done = true; return nil }
            return value
        default:
            guard let method = o.type.lookup(staticName("__next__")) else {
                throw error(types.typeError, "'\(o.type.name)' object is not an iterator")
            }
            do {
                return try callMethodValue(method, it, [])
            } catch let e as PyException where e.exception.type.isSubtype(of: types.stopIteration) {
                return nil
            }
        }
    }

    /// Collects an iterable into an array.
    public func toArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v, !o.type.isHeapType {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
            if let s = o as? PySet { return s.elements }
        }
        let it = try getIter(v)
        var result: [Value] = []
        while let item = try next(it) {
            // The memory limit sees each growth of the buffer before it is made.
            if limitState != nil, result.count == result.capacity {
                try accountAllocation(bytes: Swift.max(result.capacity, 16) &* 48)
            }
            result.append(item)
        }
        return result
    }

    // MARK: subscripts

    /// Normalizes an index for a sequence of length `count`; nil when out of range.
    func normalizedIndex(_ i: Int, _ count: Int) -> Int? {
        let j = i < 0 ? i + count : i
        return j >= 0 && j < count ? j : nil
    }

    /// slice.indices(count): (start, stop, step, length).
    func sliceIndices(_ s: PySlice, _ count: Int) throws -> (Int, Int, Int, Int) {
        func index(_ v: Value) throws -> Int {
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o) where o is PyBigIntObject:
                let big = (o as? PyBigIntObject)?.value ?? 0
                // Int subclass instances may hold small values; real big ints clamp.
                if let small = Int(exactly: big) { return small }
                return big.sign == .minus ? Int.min / 2 : Int.max / 2
            case .object(let o) where o.type.lookup(staticName("__index__")) != nil: return try self.index(v)
            default:
                throw error(types.typeError, "slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = s.step.isNone ? 1 : try index(s.step)
        if step == 0 { throw error(types.valueError, "slice step cannot be zero") }
        func clamp(_ v: Value, _ defaultValue: Int, _ low: Int, _ high: Int) throws -> Int {
            if v.isNone { return defaultValue }
            var i = try index(v)
            if i < 0 { i += count; if i < low { i = low } } else if i > high { i = high }
            return i
        }
        let start = try clamp(s.start, step > 0 ? 0 : count - 1, step > 0 ? 0 : -1, step > 0 ? count : count - 1)
        let stop = try clamp(s.stop, step > 0 ? count : -1, step > 0 ? 0 : -1, step > 0 ? count : count - 1)
        let length: Int
        if step > 0 { length = start < stop ? (stop - start - 1) / step + 1 : 0 }
        else { length = stop < start ? (start - stop - 1) / (-step) + 1 : 0 }
        return (start, stop, step, length)
    }

    func sliceItems<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, length) = try sliceIndices(s, items.count)
        if step == 1 { return Array(items[start..<(start + length)]) }
        var result: [T] = []
        result.reserveCapacity(length)
        var i = start
        for _ in 0..<length { result.append(items[i]); i += step }
        return result
    }

    /// A list or tuple subscript that is neither a small int nor a slice, as the index it
    /// stands for (bool, int subclass instance, `__index__`), or CPython's error.
    func sequenceIndex(_ key: Value, _ kind: String) throws -> Int {
        if case .bool = key { return try index(key) }
        if case .object(let k) = key {
            if let big = k as? PyBigIntObject {
                // An int subclass instance may hold a small value.
                guard let small = Int(exactly: big.value) else {
                    throw error(types.indexError, "cannot fit 'int' into an index-sized integer")
                }
                return small
            }
            if k.type.lookup(staticName("__index__")) != nil { return try index(key) }
        }
        throw error(types.typeError, "\(kind) indices must be integers or slices, not \(typeName(key))")
    }

    /// The builtin containers' own subscript (list_subscript, dict_subscript, ...), whatever
    /// the receiver's class: `list.__getitem__` of a subclass instance runs this, never an
    /// override. nil when `o` is not a builtin container. The protocol uses it for builtin
    /// instances and for subclass instances that inherit the slot (`inheritsBuiltinSlot`).
    func nativeGetItem(_ o: PyObject, _ container: Value, _ key: Value) throws -> Value? {
        switch o {
        case let l as PyList:
            if case .int(let i) = key {
                guard let j = normalizedIndex(i, l.items.count) else { throw error(types.indexError, "list index out of range") }
                return l.items[j]
            }
            if case .object(let k) = key, let s = k as? PySlice { return list(try sliceItems(l.items, s)) }
            return try nativeGetItem(o, container, .int(try sequenceIndex(key, "list")))
        case let t as PyTuple:
            if case .int(let i) = key {
                guard let j = normalizedIndex(i, t.items.count) else { throw error(types.indexError, "tuple index out of range") }
                return t.items[j]
            }
            if case .object(let k) = key, let s = k as? PySlice {
                let (start, _, step, count) = try sliceIndices(s, t.items.count)
                if start == 0 && step == 1 && count == t.items.count { return container }
                return tuple(try sliceItems(t.items, s))
            }
            return try nativeGetItem(o, container, .int(try sequenceIndex(key, "tuple")))
        case let s as PyStrObject: return try strGetItem(s, key)
        case let d as PyDict: return try dictSubscript(d, key)
        case is PyBytes, is PyByteArray: return try bytesGetItem(o, key)
        case let r as PyRange:
            if case .object(let k) = key, let s = k as? PySlice { return try rangeSlice(r, s) }
            if case .object(let k) = key, !(k is PyBigIntObject), k.type.lookup(staticName("__index__")) == nil {
                throw error(types.typeError, "range indices must be integers or slices, not \(typeName(key))")
            }
            if case .float = key { throw error(types.typeError, "range indices must be integers or slices, not float") }
            if let small = r.small, case .int(let i) = key {
                guard let j = normalizedIndex(i, small.count) else { throw error(types.indexError, "range object index out of range") }
                return .int(small.start &+ j &* small.step)
            }
            return try rangeItem(r, key)
        case let t as PyType:
            if let m = t.lookup(staticName("__class_getitem__")) {
                if case .object(let cm) = m, let c = cm as? PyClassMethod { return try call(c.function, [container, key]) }
                return try call(m, [container, key])
            }
        default: break
        }
        return nil
    }

    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        if case .object(let o) = container, !o.type.isHeapType || inheritsBuiltinSlot(o, "__getitem__"),
           let v = try nativeGetItem(o, container, key) { return v }
        if case .object(let o) = container {
            if let method = o.type.lookup(staticName("__getitem__")) { return try callMethodValue(method, container, [key]) }
            if let s = o as? PyStrObject { return try strGetItem(s, key) }
            if let t = o as? PyType, let m = t.lookup(staticName("__class_getitem__")) {
                if case .object(let cm) = m, let c = cm as? PyClassMethod { return try call(c.function, [container, key]) }
                return try call(m, [container, key])
            }
            if o is PyType { throw error(types.typeError, "type '\((o as! PyType).name)' is not subscriptable") }
        }
        throw error(types.typeError, "'\(typeName(container))' object is not subscriptable")
    }

    /// The builtin containers' own item assignment, whatever the receiver's class; false
    /// when `o` is not a builtin mutable container.
    func nativeSetItem(_ o: PyObject, _ key: Value, _ value: Value) throws -> Bool {
        if let l = o as? PyList {
            if case .object(let k) = key, let s = k as? PySlice {
                let (start, stop, step, length) = try sliceIndices(s, l.items.count)
                let newItems: [Value]
                do { newItems = try toArray(value) } catch let e as PyException where e.exception.type === types.typeError
                            && strValue(e.exception.args.first ?? .none) == "'\(typeName(value))' object is not iterable" {
                    throw error(types.typeError, "can only assign an iterable")
                }
                // Replaced items are released after the list is consistent, last first
                // (list_ass_slice), since their __del__ may look at the list.
                var replaced: [Value]
                if step == 1 {
                    replaced = Array(l.items[start..<max(start, stop)])
                    l.items.replaceSubrange(start..<max(start, stop), with: newItems)
                } else {
                    guard newItems.count == length else {
                        throw error(types.valueError, "attempt to assign sequence of size \(newItems.count) to extended slice of size \(length)")
                    }
                    replaced = []
                    var i = start
                    for item in newItems { replaced.append(l.items[i]); l.items[i] = item; i += step }
                }
                releaseLastFirst(&replaced)
                return true
            }
            let i = try index(key)
            guard let j = normalizedIndex(i, l.items.count) else { throw error(types.indexError, "list assignment index out of range") }
            let old = l.items[j]
            l.items[j] = value
            withExtendedLifetime(old) {}  // released once the list holds the new value
            return true
        }
        if let d = o as? PyDict { try dictSet(d, key, value); return true }
        if let ba = o as? PyByteArray { try bytearraySetItem(ba, key, value); return true }
        return false
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        // Exact dicts first: no class casts on the commonest `d[k] = v`.
        if case .object(let o) = container, o.type === types.dict {
            try dictSet(unsafeDowncast(o, to: PyDict.self), key, value)
            return
        }
        if case .object(let o) = container, !o.type.isHeapType || inheritsBuiltinSlot(o, "__setitem__"),
           try nativeSetItem(o, key, value) { return }
        if let _ = try callSpecial(container, "__setitem__", [key, value]) { return }
        throw error(types.typeError, "'\(typeName(container))' object does not support item assignment")
    }

    /// The builtin containers' own item deletion, whatever the receiver's class.
    func nativeDeleteItem(_ o: PyObject, _ key: Value) throws -> Bool {
        if let l = o as? PyList {
            if case .object(let k) = key, let s = k as? PySlice {
                let (start, _, step, length) = try sliceIndices(s, l.items.count)
                let doomed = Set((0..<length).map { start + $0 * step })
                var removed = (0..<length).map { l.items[start + $0 * step] }
                l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
                releaseLastFirst(&removed)
                return true
            }
            let i = try index(key)
            guard let j = normalizedIndex(i, l.items.count) else { throw error(types.indexError, "list assignment index out of range") }
            l.items.remove(at: j)
            return true
        }
        if let d = o as? PyDict {
            if try dictRemove(d, key) == nil { throw PyException(PyBaseException(type: types.keyError, args: [key])) }
            return true
        }
        if let ba = o as? PyByteArray { try bytearrayDeleteItem(ba, key); return true }
        return false
    }

    public func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container, !o.type.isHeapType || inheritsBuiltinSlot(o, "__delitem__"),
           try nativeDeleteItem(o, key) { return }
        if let _ = try callSpecial(container, "__delitem__", [key]) { return }
        throw error(types.typeError, "'\(typeName(container))' object doesn't support item deletion")
    }

    /// The builtin containers' own `in`, whatever the receiver's class; nil when `o` has none.
    func nativeContains(_ o: PyObject, _ item: Value) throws -> Bool? {
        switch o {
        case let d as PyDict: return try dictGet(d, item) != nil
        case let s as PySet: return try setContains(s, item)
        case let view as PyDictView: return try dictViewContains(view, item)
        case let m as PyMappingProxy: return try contains(m.mapping, item)
        case let s as PyStrObject: return try strContains(s, item)
        case let l as PyList: return try l.items.contains { try equal($0, item) }
        case let t as PyTuple: return try t.items.contains { try equal($0, item) }
        case let b as PyBytes: return try bytesContains(b.bytes, item)
        case let b as PyByteArray: return try bytesContains(b.bytes, item)
        case let r as PyRange:
            if let x = exactIntValue(item) { return r.position(of: x) != nil }
        default: break
        }
        return nil
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container, !o.type.isHeapType || inheritsBuiltinSlot(o, "__contains__"),
           let found = try nativeContains(o, item) { return found }
        if let r = try callSpecial(container, "__contains__", [item]) { return try isTrue(r) }
        if case .object(let o) = container, let s = o as? PyStrObject { return try strContains(s, item) }
        let ct = typeOf(container)
        if ct.isHeapType, ct.lookup(staticName("__iter__")) == nil, ct.lookup(staticName("__getitem__")) == nil {
            throw error(types.typeError, "argument of type '\(ct.name)' is not iterable")
        }
        let it = try getIter(container)
        while let x = try next(it) { if try equal(x, item) { return true } }
        return false
    }
}
