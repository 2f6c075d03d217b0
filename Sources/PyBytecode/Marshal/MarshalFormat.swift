// Marshal format 4 type codes (Python/marshal.c) and the errors reading can raise.

enum MarshalType {
    static let null: UInt8 = 0x30            // '0'
    static let none: UInt8 = 0x4E            // 'N'
    static let falseValue: UInt8 = 0x46      // 'F'
    static let trueValue: UInt8 = 0x54       // 'T'
    static let stopIteration: UInt8 = 0x53   // 'S'
    static let ellipsis: UInt8 = 0x2E        // '.'
    static let int: UInt8 = 0x69             // 'i'
    static let int64: UInt8 = 0x49           // 'I', read only (never written since Python 2)
    static let float: UInt8 = 0x66           // 'f', text float, read only
    static let binaryFloat: UInt8 = 0x67     // 'g'
    static let complex: UInt8 = 0x78         // 'x', text complex, read only
    static let binaryComplex: UInt8 = 0x79   // 'y'
    static let long: UInt8 = 0x6C            // 'l'
    static let string: UInt8 = 0x73          // 's' (bytes)
    static let interned: UInt8 = 0x74        // 't'
    static let ref: UInt8 = 0x72             // 'r'
    static let tuple: UInt8 = 0x28           // '('
    static let list: UInt8 = 0x5B            // '['
    static let dict: UInt8 = 0x7B            // '{'
    static let code: UInt8 = 0x63            // 'c'
    static let unicode: UInt8 = 0x75         // 'u'
    static let unknown: UInt8 = 0x3F         // '?'
    static let set: UInt8 = 0x3C             // '<'
    static let frozenset: UInt8 = 0x3E       // '>'
    static let ascii: UInt8 = 0x61           // 'a'
    static let asciiInterned: UInt8 = 0x41   // 'A'
    static let smallTuple: UInt8 = 0x29      // ')'
    static let shortASCII: UInt8 = 0x7A      // 'z'
    static let shortASCIIInterned: UInt8 = 0x5A  // 'Z'
    static let flagRef: UInt8 = 0x80

    /// CPython's MAX_MARSHAL_STACK_DEPTH on non-Windows systems.
    static let maxDepth = 2000
}

/// A marshal error, classified the way CPython raises it.
public struct MarshalError: Error, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable { case eofError = "EOFError", valueError = "ValueError", typeError = "TypeError", unicodeDecodeError = "UnicodeDecodeError" }
    public let kind: Kind
    public let message: String
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
    public var description: String { "\(kind.rawValue): \(message)" }

    static func bad(_ detail: String) -> MarshalError { MarshalError(.valueError, "bad marshal data (\(detail))") }
    static let eof = MarshalError(.eofError, "EOF read where object expected")
    static let tooShort = MarshalError(.eofError, "marshal data too short")
}

/// The encoding decisions found in marshal data (type byte with its FLAG_REF bit, and
/// back-reference indices), in the order objects were read. Writing with the layout of the
/// bytes a value was read from reproduces those bytes exactly.
public struct MarshalLayout: Sendable, Equatable {
    /// One raw type byte per object, in pre-order.
    public var typeBytes: [UInt8] = []
    /// The index of each TYPE_REF, in order.
    public var refIndices: [Int32] = []
    public init() {}
}
