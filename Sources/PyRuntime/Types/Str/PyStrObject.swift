// `str` storage: a Swift String (UTF-8) with the hash cached and, for non-ASCII text, the
// code points materialised on first indexed access (Python indexes by code point).
import PyBytecode

public final class PyStrObject: PyObject {
    public private(set) var value: String
    public private(set) var isASCII: Bool
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

    /// `self += other` for a string nobody else can observe (the caller checked that this
    /// is the only reference): CPython's in-place concatenation, which keeps `s += x` loops
    /// linear.
    func appendInPlace(_ other: PyStrObject) {
        value += other.value
        isASCII = isASCII && other.isASCII
        cachedHash = nil
        cachedScalars = nil
    }
}
