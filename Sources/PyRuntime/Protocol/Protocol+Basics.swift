// The abstract object protocol, part 1: type names, truthiness, identity helpers,
// hashing and equality. Opcode handlers and builtins call these, never type internals.
import BigInt
import PyBytecode

extension Runtime {
    /// The Python type of a value.
    @inline(__always)
    public func typeOf(_ v: Value) -> PyType {
        switch v {
        case .null, .none: return types.none
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .object(let o): return o.type
        }
    }

    public func typeName(_ v: Value) -> String { typeOf(v).name }

    public func isInstance(_ v: Value, _ t: PyType) -> Bool { typeOf(v).isSubtype(of: t) }

    // MARK: truthiness

    public func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .null, .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o {
            case let s as PyStrObject where o.type === types.str: return !s.value.isEmpty
            case let l as PyList where o.type === types.list: return !l.items.isEmpty
            case let t as PyTuple where o.type === types.tuple: return !t.items.isEmpty
            case let d as PyDict where o.type === types.dict: return d.count > 0
            case let b as PyBytes where o.type === types.bytes: return !b.bytes.isEmpty
            case let b as PyByteArray where o.type === types.bytearray: return !b.bytes.isEmpty
            case let c as PyComplex where o.type === types.complex: return c.real != 0 || c.imag != 0
            case let s as PySet where !o.type.isHeapType: return s.used > 0
            case let v as PyDictView: return v.dictionary.count > 0
            case let r as PyRange: return r.length != 0
            default: break
            }
            if let method = o.type.lookup(staticName("__bool__")) {
                let result = try callMethod(method, o, [])
                guard case .bool(let b) = result else {
                    throw error(types.typeError, "__bool__ should return bool, returned \(typeName(result))")
                }
                return b
            }
            if let method = o.type.lookup(staticName("__len__")) {
                let result = try callMethod(method, o, [])
                return try lengthResult(result) != 0
            }
            // int/float subclass instances without __bool__: the number's truth.
            if let big = o as? PyBigIntObject { return big.value != 0 }
            if let f = o as? PyBoxedFloat { return f.value != 0 }
            return true
        }
    }

    // MARK: hashing

    public func hash(_ v: Value) throws -> Int {
        switch v {
        // None hashes by address in 3.11; PyHash uses the address's fixed page offset in the
        // reference build, so small sets holding None iterate in CPython's order.
        case .null, .none: return PyHash.hash(PyConstant.none) ?? 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return PyHash.hash(int: i)
        case .float(let d): return PyHash.hash(double: d)
        case .object(let o):
            if o.type.isHeapType, o is PyStrObject || o is PyBigIntObject || o is PyBoxedFloat,
               let custom = o.type.lookup(staticName("__hash__")), !(custom.object is PyBuiltinFunction) {
                // A subclass's own __hash__ (or __hash__ = None) wins over the value's hash.
                if custom.isNone { throw error(types.typeError, "unhashable type: '\(o.type.name)'") }
                return try hashResult(try callMethod(custom, o, []))
            }
            if let s = o as? PyStrObject { return s.hashValue }
            if let big = o as? PyBigIntObject {
                if let small = Int(exactly: big.value) { return PyHash.hash(int: small) }
                return PyHash.hash(bigInt: pyBigInt(big.value))
            }
            if let f = o as? PyBoxedFloat { return PyHash.hash(double: f.value) }
            if let t = o as? PyTuple { return try hashTuple(t.items) }
            if let b = o as? PyBytes, !o.type.isHeapType { return b.hashValue }
            if let c = o as? PyComplex, !o.type.isHeapType { return complexHash(c) }
            if o === ellipsis { return PyHash.hash(PyConstant.ellipsis) ?? 0 }
            // meth_hash: the receiver by identity, the function by its hash.
            if let m = o as? PyMethod, o.type === types.method {
                let receiver = try m.receiver.object.map { identityHash($0) } ?? hash(m.receiver)
                let h = receiver ^ (try hash(m.function))
                return h == -1 ? -2 : h
            }
            if let s = o as? PySet, !o.type.isHeapType {
                if s.isFrozen { return s.frozensetHash }
                throw error(types.typeError, "unhashable type: '\(o.type.name)'")
            }
            if let method = o.type.lookup(staticName("__hash__")) {
                if method.isNone { throw error(types.typeError, "unhashable type: '\(o.type.name)'") }
                if case .object(let f) = method, f is PyBuiltinFunction, (f as! PyBuiltinFunction).name == "__hash__",
                   (f as! PyBuiltinFunction).ownerName == "object" {
                    return identityHash(o)
                }
                return try hashResult(try callMethod(method, o, []))
            }
            return identityHash(o)
        }
    }

    /// A __hash__ result as hash() returns it (-1 becomes -2, big ints are hashed).
    func hashResult(_ result: Value) throws -> Int {
        switch result {
        case .int(let h): return h == -1 ? -2 : h
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigIntObject): return PyHash.hash(bigInt: pyBigInt(o.value))
        default: throw error(types.typeError, "__hash__ method should return an integer")
        }
    }

    func identityHash(_ o: PyObject) -> Int {
        let address = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return Int(bitPattern: (address >> 4) | (address << 60))
    }

    /// tuplehash (xxHash-based, CPython 3.11).
    func hashTuple(_ items: [Value]) throws -> Int {
        let prime1: UInt64 = 11400714785074694791, prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc: UInt64 = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    func pyBigInt(_ value: BigInt) -> PyBigInt {
        var magnitude = value.magnitude
        var digits: [UInt16] = []
        while magnitude != 0 {
            digits.append(UInt16(magnitude & 0x7FFF))
            magnitude >>= 15
        }
        return PyBigInt(isNegative: value.sign == .minus, digits: digits)
    }

    func bigIntFromDigits(_ big: PyBigInt) -> BigInt {
        var result = BigInt(0)
        for d in big.digits.reversed() { result = (result << 15) | BigInt(d) }
        return big.isNegative ? -result : result
    }

    /// An int value from a BigInt: unboxed when it fits.
    public func makeInt(_ value: BigInt) -> Value {
        if let small = value.exactInt { return .int(small) }
        return .object(PyBigIntObject(type: types.int, value))
    }

    // MARK: equality

    /// `a == b` as a bool (PyObject_RichCompareBool: identity implies equality).
    public func equal(_ a: Value, _ b: Value) throws -> Bool {
        // Identity implies equality. Unboxed floats have no identity, so an identical bit
        // pattern stands in for "the same float object" (CPython: nan in [nan] is True).
        if a.isIdentical(to: b) { return true }
        if case .bool(let x) = a, b.isUnboxedNumber { return try equal(.int(x ? 1 : 0), b) }
        if case .bool(let y) = b, a.isUnboxedNumber { return try equal(a, .int(y ? 1 : 0)) }
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y && intFloatEqual(x, y)
        case let (.bool(x), .bool(y)): return x == y
        case (.none, .none): return true
        default: break
        }
        // Exact str only: a subclass may define its own __eq__.
        if case .object(let x) = a, case .object(let y) = b, x.type === types.str, y.type === types.str {
            return unsafeDowncast(x, to: PyStrObject.self).isEqual(to: unsafeDowncast(y, to: PyStrObject.self))
        }
        return try isTrue(try compare(a, b, .eq))
    }

    private func intFloatEqual(_ i: Int, _ d: Double) -> Bool {
        guard d.isFinite, d.rounded() == d else { return false }
        guard let exact = Int(exactly: d) else { return false }
        return exact == i
    }

    /// Dictionary lookup with Python semantics.
    public func dictGet(_ d: PyDict, _ key: Value) throws -> Value? {
        try d.get(key, hash: try hash(key)) { try self.equal($0, $1) }
    }

    public func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws {
        try d.set(key, value, hash: try hash(key)) { try self.equal($0, $1) }
    }

    @discardableResult
    public func dictRemove(_ d: PyDict, _ key: Value) throws -> Value? {
        try d.remove(key, hash: try hash(key)) { try self.equal($0, $1) }
    }

    /// `operator.index`: the int value of an int or an object with __index__.
    public func index(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigIntObject {
                // Int subclass instances may hold small values.
                if let small = Int(exactly: big.value) { return small }
                throw error(types.overflowError, "Python int too large to convert to C ssize_t")
            }
            if let method = o.type.lookup(staticName("__index__")) {
                let r = try callMethod(method, o, [])
                switch r {
                case .int, .bool: break
                case .object(let ro) where ro is PyBigIntObject: break
                default: throw error(types.typeError, "__index__ returned non-int (type \(typeName(r)))")
                }
                return try index(r)
            }
        default: break
        }
        throw error(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
}
