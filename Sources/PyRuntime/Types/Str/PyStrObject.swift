// `str` storage: a Swift String (UTF-8) with the hash cached and, for non-ASCII text, the
// code points materialised on first indexed access (Python indexes by code point).
import PyBytecode

public final class PyStrObject: PyObject {
    public let value: String
    public let isASCII: Bool
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?

    public init(type: PyType, _ value: String) {
        self.value = value
        self.isASCII = value.utf8.allSatisfy { $0 < 0x80 }
        super.init(type: type)
    }

    /// CPython's hash of the string (PYTHONHASHSEED=0: siphash13 with a zero key).
    public var hashValue: Int {
        if let cachedHash { return cachedHash }
        let h = PyHash.hash(str: PyStr(value))
        cachedHash = h
        return h
    }

    /// The number of code points (`len`).
    public var count: Int { isASCII ? value.utf8.count : scalars.count }

    /// Code points, for indexing and slicing.
    public var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }
}
