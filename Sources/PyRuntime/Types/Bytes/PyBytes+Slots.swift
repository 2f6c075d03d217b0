// The protocol slots of bytes and bytearray (repr, compare, subscript, item assignment,
// `in`, iteration, + * %), called from the hooks in Protocol/ for the builtin types and
// from the dunder methods in PyBytes+Methods.swift for subclasses.
import BigInt
import PyBytecode

extension Runtime {
    // MARK: repr

    func bytesRepr(_ o: PyObject) -> String? {
        if let b = o as? PyBytes { return PyRepr.repr(bytes: b.bytes) }
        if let b = o as? PyByteArray {
            // bytearray_repr escapes a single quote even inside double quotes.
            var text = PyRepr.repr(bytes: b.bytes)
            if text.hasPrefix("b\"") {
                var body = ""
                for c in text.dropFirst(2).dropLast() { body += c == "'" ? "\\'" : String(c) }
                text = "b\"" + body + "\""
            }
            return "\(o.type.name)(\(text))"
        }
        return nil
    }

    // MARK: comparison

    /// bytes_richcompare / bytearray_richcompare: nil (NotImplemented) unless both
    /// operands are bytes-like.
    func bytesCompare(_ a: Value, _ b: Value, _ op: CompareOp) -> Bool? {
        guard let x = bytesLike(a), let y = bytesLike(b) else { return nil }
        switch op {
        case .eq: return x == y
        case .ne: return x != y
        default:
            let n = Swift.min(x.count, y.count)
            var i = 0
            while i < n {
                if x[i] != y[i] { return op.holds(x[i], y[i]) }
                i += 1
            }
            return op.holds(x.count, y.count)
        }
    }

    // MARK: subscripts

    /// The int behind an index for a sequence op, with the CPython messages for bytes.
    func bytesIndexValue(_ key: Value, _ kind: String) throws -> Int? {
        switch key {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if isOversizedInt(o) { throw error(types.indexError, "cannot fit 'int' into an index-sized integer") }
            if o is PySlice { return nil }
            if o.type.lookup(staticName("__index__")) != nil { return try index(key) }
        default: break
        }
        let what = kind == "bytes" ? "byte" : kind
        throw error(types.typeError, "\(what) indices must be integers or slices, not \(typeName(key))")
    }

    func bytesGetItem(_ o: PyObject, _ key: Value) throws -> Value {
        let isArray = o is PyByteArray
        let data = (o as? PyBytes)?.bytes ?? (o as? PyByteArray)?.bytes ?? []
        if case .object(let k) = key, let s = k as? PySlice {
            return sameKind(o, try sliceItems(data, s))
        }
        guard let i = try bytesIndexValue(key, isArray ? "bytearray" : "bytes") else {
            throw error(types.typeError, "byte indices must be integers or slices, not \(typeName(key))")
        }
        guard let j = normalizedIndex(i, data.count) else {
            throw error(types.indexError, isArray ? "bytearray index out of range" : "index out of range")
        }
        return .int(Int(data[j]))
    }

    /// A byte value from an int-like, with "byte must be in range(0, 256)".
    func byteValue(_ v: Value) throws -> UInt8 {
        if case .object(let o) = v, isOversizedInt(o) {
            throw error(types.valueError, "byte must be in range(0, 256)")
        }
        let i = try index(v)
        guard let b = UInt8(exactly: i) else { throw error(types.valueError, "byte must be in range(0, 256)") }
        return b
    }

    /// The bytes a slice assignment of bytearray accepts: bytes-like, or whatever
    /// bytearray() accepts except numbers and str (PyNumber_Check / PyUnicode_Check).
    func bytesForAssignment(_ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        var isNumber = false
        switch v {
        case .int, .bool, .float: isNumber = true
        case .object(let o):
            isNumber = o is PyBigIntObject || o is PyComplex || o is PyBoxedFloat
                || ["__index__", "__int__", "__float__"].contains { o.type.lookup(intern($0)) != nil }
        default: break
        }
        if isNumber || strValue(v) != nil {
            throw error(types.typeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        }
        return try bytesConstructorContents("bytearray", [v][...], nil, isArray: true)
    }

    func bytearraySetItem(_ ba: PyByteArray, _ key: Value, _ value: Value) throws {
        if case .object(let k) = key, let s = k as? PySlice {
            let newBytes = try bytesForAssignment(value)
            let (start, stop, step, length) = try sliceIndices(s, ba.bytes.count)
            // __index__ of a slice bound may have resized the buffer: re-clamp, never trap.
            let count = ba.bytes.count
            if step == 1 {
                let low = Swift.min(start, count)
                ba.bytes.replaceSubrange(low..<Swift.min(Swift.max(low, stop), count), with: newBytes)
                return
            }
            guard newBytes.count == length else {
                throw error(types.valueError, "attempt to assign bytes of size \(newBytes.count) to extended slice of size \(length)")
            }
            var i = start
            for b in newBytes where i >= 0 && i < count { ba.bytes[i] = b; i += step }
            return
        }
        guard let i = try bytesIndexValue(key, "bytearray") else { return }
        let b = try byteValue(value)
        guard let j = normalizedIndex(i, ba.bytes.count) else {
            throw error(types.indexError, "bytearray index out of range")
        }
        ba.bytes[j] = b
    }

    func bytearrayDeleteItem(_ ba: PyByteArray, _ key: Value) throws {
        if case .object(let k) = key, let s = k as? PySlice {
            let (start, stop, step, length) = try sliceIndices(s, ba.bytes.count)
            let count = ba.bytes.count
            if step == 1 {
                let low = Swift.min(start, count)
                ba.bytes.removeSubrange(low..<Swift.min(Swift.max(low, stop), count))
                return
            }
            var doomed = [Bool](repeating: false, count: count)
            var i = start
            for _ in 0..<length where i >= 0 && i < count { doomed[i] = true; i += step }
            var kept: [UInt8] = []
            kept.reserveCapacity(Swift.max(0, count - length))
            for (n, b) in ba.bytes.enumerated() where !doomed[n] { kept.append(b) }
            ba.bytes = kept
            return
        }
        guard let i = try bytesIndexValue(key, "bytearray") else { return }
        guard let j = normalizedIndex(i, ba.bytes.count) else {
            throw error(types.indexError, "bytearray index out of range")
        }
        ba.bytes.remove(at: j)
    }

    // MARK: in

    /// `item in data`: an int in range(256) or a bytes-like subsequence.
    func bytesContains(_ data: [UInt8], _ item: Value) throws -> Bool {
        switch item {
        case .int, .bool:
            let b = try byteValue(item)
            return data.contains(b)
        case .object(let o) where o is PyBigIntObject:
            throw error(types.valueError, "byte must be in range(0, 256)")
        default:
            if let sub = bytesLike(item) { return bytesFind(data, sub, 0, data.count) >= 0 }
            if case .object(let o) = item, o.type.lookup(staticName("__index__")) != nil {
                return data.contains(try byteValue(item))
            }
            throw error(types.typeError, "a bytes-like object is required, not '\(typeName(item))'")
        }
    }

    /// The first index of `sub` in data[start..<end], or -1.
    func bytesFind(_ data: [UInt8], _ sub: [UInt8], _ start: Int, _ end: Int) -> Int {
        let n = sub.count
        guard start <= end, end - start >= n else { return -1 }
        if n == 0 { return start }
        let first = sub[0]
        var i = start
        let last = end - n
        while i <= last {
            if data[i] == first {
                var k = 1
                while k < n && data[i + k] == sub[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return -1
    }

    /// The last index of `sub` in data[start..<end], or -1.
    func bytesRFind(_ data: [UInt8], _ sub: [UInt8], _ start: Int, _ end: Int) -> Int {
        let n = sub.count
        guard start <= end, end - start >= n else { return -1 }
        var i = end - n
        while i >= start {
            var k = 0
            while k < n && data[i + k] == sub[k] { k += 1 }
            if k == n { return i }
            i -= 1
        }
        return -1
    }

    // MARK: iteration

    func bytesIterator(_ o: PyObject) -> Value {
        var i = 0
        if let ba = o as? PyByteArray {
            // Reads the live buffer: a bytearray mutated during iteration is seen as it is now.
            return .object(PyClosureIterator(type: types.bytearrayIterator) { _ in
                guard i < ba.bytes.count else { return nil }
                defer { i += 1 }
                return .int(Int(ba.bytes[i]))
            })
        }
        let data = (o as? PyBytes)?.bytes ?? []
        return .object(PyClosureIterator(type: types.bytesIterator) { _ in
            guard i < data.count else { return nil }
            defer { i += 1 }
            return .int(Int(data[i]))
        })
    }

    // MARK: + * %

    /// BINARY_OP when an operand is a builtin bytes or bytearray (subclasses use the dunders).
    /// nil: not a bytes operation, let the generic protocol continue.
    func bytesBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, inplace: Bool) throws -> Value? {
        let x = a.object, y = b.object
        let left = x.map { ($0 is PyBytes || $0 is PyByteArray) && !$0.type.isHeapType } ?? false
        let right = y.map { ($0 is PyBytes || $0 is PyByteArray) && !$0.type.isHeapType } ?? false
        guard left || right else { return nil }
        switch op {
        case .add:
            guard left, let x else { return nil }
            return try bytesConcat(x, b, inplace: inplace)
        case .multiply:
            if left, let x {
                if let r = try reflectedFirst(op, a, b) { return r }
                return try bytesRepeat(x, b, inplace: inplace)
            }
            if right, let y {
                if case .object(let o) = a, o.type.isHeapType,
                   let m = o.type.lookup(intern(op.dunder)) {
                    let r = try callMethodValue(m, a, [b])
                    if !isNotImplemented(r) { return r }
                }
                return try bytesRepeat(y, a, inplace: false)
            }
            return nil
        case .remainder:
            guard left, let x else { return nil }
            if case .object(let o) = b, o.type.isHeapType, o.type.isSubtype(of: x.type) { return nil }
            return try bytesPercentFormat(x, b)
        default:
            return nil
        }
    }

    /// A heap-type right operand's reflected method gets its chance before the sequence
    /// slot (CPython tries nb_* of both operands before sq_concat / sq_repeat).
    private func reflectedFirst(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let o) = b, o.type.isHeapType, !(o is PyBytes || o is PyByteArray),
              let m = o.type.lookup(intern(op.reflected)) else { return nil }
        let r = try callMethodValue(m, b, [a])
        return isNotImplemented(r) ? nil : r
    }

    /// bytes_concat / bytearray_concat (and bytearray's in-place +=).
    func bytesConcat(_ x: PyObject, _ b: Value, inplace: Bool) throws -> Value {
        guard let other = bytesLike(b) else {
            if let r = try reflectedFirst(.add, .object(x), b) { return r }
            throw error(types.typeError, "can't concat \(typeName(b)) to \(x.type.name)")
        }
        if inplace, let ba = x as? PyByteArray {
            ba.bytes += other
            return .object(ba)
        }
        let mine = (x as? PyBytes)?.bytes ?? (x as? PyByteArray)?.bytes ?? []
        return sameKind(x, mine + other)
    }

    /// The repeat count of `seq * n`, with CPython's errors.
    func repeatCount(_ n: Value) throws -> Int {
        switch n {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if isOversizedInt(o) { throw error(types.overflowError, "cannot fit 'int' into an index-sized integer") }
            if o.type.lookup(staticName("__index__")) != nil { return try index(n) }
        default: break
        }
        throw error(types.typeError, "can't multiply sequence by non-int of type '\(typeName(n))'")
    }

    func bytesRepeat(_ x: PyObject, _ n: Value, inplace: Bool) throws -> Value {
        let count = Swift.max(0, try repeatCount(n))
        let mine = (x as? PyBytes)?.bytes ?? (x as? PyByteArray)?.bytes ?? []
        let (total, overflow) = mine.count.multipliedReportingOverflow(by: count)
        if overflow || total > Int(Int32.max) {
            // CPython would fail the allocation; never trap on a huge request.
            throw error(types.overflowError, "repeated bytes are too long")
        }
        try accountAllocation(bytes: total)
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<(mine.isEmpty ? 0 : count) { out += mine }
        if inplace, let ba = x as? PyByteArray {
            ba.bytes = out
            return .object(ba)
        }
        return sameKind(x, out)
    }
}
