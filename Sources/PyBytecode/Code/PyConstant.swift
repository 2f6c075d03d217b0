// The values a code object's constants (and marshal data in general) can hold.
// Pure values: no runtime objects. Floats compare by bit pattern so NaN and -0.0
// round-trip and compare the way marshal data does.

public enum PyConstant: Sendable {
    case null
    case none
    case stopIteration
    case ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(PyBigInt)
    case float(Double)
    case complex(real: Double, imag: Double)
    case str(PyStr)
    case bytes([UInt8])
    case tuple([PyConstant])
    case list([PyConstant])
    case dict([PyDictEntry])
    case set([PyConstant])
    /// Elements in stored order: as marshal data lists them (CPython 3.11 sorts them by their
    /// marshalled bytes), or the set's own iteration order where a compiler supplied it.
    case frozenset([PyConstant])
    case code(CodeObject)

    /// An integer constant in its canonical case (`.int` when it fits in 64 bits).
    public static func integer(_ big: PyBigInt) -> PyConstant {
        if let small = big.intValue { return .int(small) }
        return .bigInt(big)
    }
}

public struct PyDictEntry: Sendable, Equatable {
    public var key: PyConstant
    public var value: PyConstant
    public init(key: PyConstant, value: PyConstant) {
        self.key = key
        self.value = value
    }
}

extension PyConstant: Equatable {
    public static func == (lhs: PyConstant, rhs: PyConstant) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null), (.none, .none), (.stopIteration, .stopIteration), (.ellipsis, .ellipsis):
            return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.complex(ar, ai), .complex(br, bi)):
            return ar.bitPattern == br.bitPattern && ai.bitPattern == bi.bitPattern
        case let (.str(a), .str(b)): return a == b
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.tuple(a), .tuple(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.dict(a), .dict(b)): return a == b
        case let (.set(a), .set(b)): return a == b
        case let (.frozenset(a), .frozenset(b)): return a == b
        case let (.code(a), .code(b)): return a == b
        default: return false
        }
    }
}
