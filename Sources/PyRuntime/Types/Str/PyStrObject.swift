// `str` storage: a Swift String (UTF-8) with the hash cached and, for non-ASCII text, the
// code points materialised on first indexed access (Python indexes by code point).
// Strings holding lone surrogates (chr(0xD800), surrogateescape output) keep their exact
// code points beside a lossy String, because a Swift String cannot hold them.
import PyBytecode

public final class PyStrObject: PyObject {
    /// The text. For a string with lone surrogates (`surrogateCodePoints != nil`) each
    /// surrogate shows here as U+FFFD: code that only reads `value` sees a sound but lossy
    /// view; identity-sensitive operations (==, hash, len, indexing, repr, encode) use the
    /// exact code points. Mutable only through `appendInPlace` (unobservable `s += x`).
    public private(set) var value: String
    public private(set) var isASCII: Bool
    /// The exact code points, only when the string holds a lone surrogate (U+D800...U+DFFF);
    /// nil for every other string, so the common case costs one nil word.
    public private(set) var surrogateCodePoints: [UInt32]?
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?

    public init(type: PyType, _ value: String) {
        self.value = value
        self.isASCII = PyStrObject.scanASCII(value)
        self.surrogateCodePoints = nil
        super.init(type: type)
    }

    /// For results whose ASCII-ness is known from the operands (concatenation, repetition,
    /// slices of ASCII text), so building a long string piece by piece stays linear.
    init(type: PyType, _ value: String, isASCII: Bool) {
        self.value = value
        self.isASCII = isASCII
        self.surrogateCodePoints = nil
        super.init(type: type)
    }

    /// True when every UTF-8 byte is below 0x80 (eight bytes per step).
    static func scanASCII(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            var i = 0
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < n {
                if buffer[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }

    /// A string from code points that may include lone surrogates (values above 0x10FFFF
    /// must not be passed; they become U+FFFD).
    public init(type: PyType, codePoints: [UInt32]) {
        var view = String.UnicodeScalarView()
        var hasSurrogate = false
        for c in codePoints {
            if let scalar = Unicode.Scalar(c) { view.append(scalar) } else { view.append("\u{FFFD}"); hasSurrogate = true }
        }
        self.value = String(view)
        self.isASCII = !hasSurrogate && PyStrObject.scanASCII(value)
        self.surrogateCodePoints = hasSurrogate ? codePoints : nil
        super.init(type: type)
    }

    /// The exact text as the toolkit's PyStr (UTF-8 with lone surrogates allowed).
    public var pyStr: PyStr {
        if let surrogateCodePoints { return PyStr(codePoints: surrogateCodePoints) }
        return PyStr(value)
    }

    /// CPython's hash of the string (PYTHONHASHSEED=0: siphash13 with a zero key).
    public var hashValue: Int {
        if let cachedHash { return cachedHash }
        // ASCII text is its own PEP 393 buffer: hash the storage in place.
        let h = isASCII ? value.utf8.withContiguousStorageIfAvailable { PyHash.hashBytes($0) } ?? PyHash.hash(str: pyStr)
                        : PyHash.hash(str: pyStr)
        cachedHash = h
        return h
    }

    /// The number of code points (`len`).
    public var count: Int {
        if let surrogateCodePoints { return surrogateCodePoints.count }
        return isASCII ? value.utf8.count : scalars.count
    }

    /// Code points, for indexing and slicing (lone surrogates as U+FFFD: use `codePoints`
    /// where they matter).
    public var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// `self += other` for a string nobody else can observe (the caller checked that this
    /// is the only reference): CPython's in-place concatenation, which keeps `s += x` loops
    /// linear. Keeps the exact code points when either side has lone surrogates.
    func appendInPlace(_ other: PyStrObject) {
        if surrogateCodePoints != nil || other.surrogateCodePoints != nil {
            surrogateCodePoints = codePoints + other.codePoints
        }
        value += other.value
        isASCII = isASCII && other.isASCII
        cachedHash = nil
        cachedScalars = nil
    }

    /// The exact code points, lone surrogates included.
    public var codePoints: [UInt32] {
        if let surrogateCodePoints { return surrogateCodePoints }
        return value.unicodeScalars.map(\.value)
    }

    /// Python's str equality: code point by code point. Swift's `==` on String uses
    /// canonical equivalence ("\u{E9}" == "e\u{301}"), which Python does not.
    @inline(__always)
    public func isEqual(to other: PyStrObject) -> Bool {
        if self === other { return true }
        if surrogateCodePoints != nil || other.surrogateCodePoints != nil {
            return surrogateCodePoints == other.surrogateCodePoints && (surrogateCodePoints != nil)
        }
        // ASCII text has one spelling, so Swift's own (memcmp-fast) equality is exact there.
        if isASCII && other.isASCII { return value == other.value }
        return PyStrObject.sameText(value, other.value)
    }

    /// Byte-exact String equality (UTF-8 order is code point order, so this is Python's ==).
    @inline(__always)
    public static func sameText(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var x = a, y = b
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
}

/// A String key that hashes and compares byte by byte (Python's notion of equal text), for
/// Swift dictionaries keyed by Python strings such as the intern table.
struct ExactText: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ExactText, b: ExactText) -> Bool { PyStrObject.sameText(a.text, b.text) }
    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
