// `bytes` (immutable) and `bytearray` (mutable) storage: plain `[UInt8]` buffers. Both
// types share every read-only method; `bytesLike` is the one place that says which values
// count as a bytes-like operand (CPython's buffer protocol: bytes, bytearray, memoryview).
import PyBytecode

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    private var cachedHash: Int?

    public init(type: PyType, _ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: type)
    }

    /// `_Py_HashBytes` (siphash13 with the zero key, as under PYTHONHASHSEED=0), cached
    /// like CPython's ob_shash because bytes are often dict keys.
    public var hashValue: Int {
        if let cachedHash { return cachedHash }
        let h = PyHash.hashBytes(bytes)
        cachedHash = h
        return h
    }
}

public final class PyByteArray: PyObject {
    public var bytes: [UInt8]

    public init(type: PyType, _ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: type)
    }
}

extension Runtime {
    /// The contents of a bytes-like value (bytes, bytearray or a subclass), nil otherwise.
    @inline(__always)
    func bytesLike(_ v: Value) -> [UInt8]? {
        guard case .object(let o) = v else { return nil }
        if let b = o as? PyBytes { return b.bytes }
        if let b = o as? PyByteArray { return b.bytes }
        if let m = o as? PyMemoryView, !m.released { return m.bytes }
        return nil
    }

    /// A new exact `bytes` value.
    public func bytes(_ b: [UInt8]) -> Value { .object(PyBytes(type: types.bytes, b)) }

    /// A new exact `bytearray` value.
    public func bytearray(_ b: [UInt8]) -> Value { .object(PyByteArray(type: types.bytearray, b)) }

    /// A result of the same kind as `receiver`: methods of bytearray return bytearrays,
    /// methods of bytes (and of its subclasses) return exact bytes.
    func sameKind(_ receiver: PyObject, _ b: [UInt8]) -> Value {
        receiver is PyByteArray ? bytearray(b) : bytes(b)
    }
}
