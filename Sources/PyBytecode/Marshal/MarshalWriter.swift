// Writes PyConstant values as marshal format 4. Given the MarshalLayout of the bytes a value
// was read from, it replays their type codes and back-references, so read+write is
// byte-identical; without one it writes plain objects (no FLAG_REF, no references).

public struct MarshalWriter {
    public private(set) var bytes: [UInt8] = []
    private var layout: MarshalLayout?
    private var typeCursor = 0
    private var refCursor = 0
    /// Values registered with FLAG_REF while replaying, by index.
    private var refs: [PyConstant] = []

    public init(layout: MarshalLayout? = nil) {
        self.layout = layout
    }

    /// marshal.dumps(value, 4) with an optional layout to replay.
    public static func dump(_ value: PyConstant, layout: MarshalLayout? = nil) throws -> [UInt8] {
        var writer = MarshalWriter(layout: layout)
        try writer.write(value)
        return writer.bytes
    }

    public static func dump(_ code: CodeObject, layout: MarshalLayout? = nil) throws -> [UInt8] {
        try dump(.code(code), layout: layout)
    }

    // MARK: primitives

    private mutating func int32(_ value: Int32) {
        let bits = UInt32(bitPattern: value)
        for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * k))) }
    }

    private mutating func size(_ n: Int) throws {
        guard n <= Int(Int32.max) else { throw MarshalError(.valueError, "unmarshallable object") }
        int32(Int32(n))
    }

    private mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * k))) }
    }

    // MARK: layout replay

    /// The next recorded type byte when it can encode `value`; abandons replay on mismatch.
    private mutating func replayedType(for value: PyConstant) -> UInt8? {
        guard let recorded = layout, typeCursor < recorded.typeBytes.count else {
            layout = nil
            return nil
        }
        let code = recorded.typeBytes[typeCursor]
        typeCursor += 1
        if code == MarshalType.ref {
            guard refCursor < recorded.refIndices.count else { layout = nil; return nil }
            let index = Int(recorded.refIndices[refCursor])
            refCursor += 1
            if index >= 0, index < refs.count, refs[index] == value { return code }
            layout = nil
            return nil
        }
        if value.canBeWritten(as: code & ~MarshalType.flagRef) { return code }
        layout = nil
        return nil
    }

    // MARK: objects

    /// Pending work of the explicit write stack (no native recursion on nesting).
    private enum Task {
        case value(PyConstant, depth: Int)
        case rawInt32(Int32)
    }

    public mutating func write(_ value: PyConstant) throws {
        var tasks: [Task] = [.value(value, depth: 1)]
        while let task = tasks.popLast() {
            switch task {
            case .rawInt32(let v):
                int32(v)
            case .value(let v, let depth):
                guard depth <= MarshalType.maxDepth else {
                    throw MarshalError(.valueError, "object too deeply nested to marshal")
                }
                let children = try writeHeader(v)
                // Children go on the stack in reverse so they are written in order.
                for child in children.reversed() {
                    switch child {
                    case .value(let c, _): tasks.append(.value(c, depth: depth + 1))
                    case .rawInt32: tasks.append(child)
                    }
                }
            }
        }
    }

    /// Writes the type byte and fixed-size data of `value`; returns what follows it.
    private mutating func writeHeader(_ value: PyConstant) throws -> [Task] {
        let replayed = layout != nil ? replayedType(for: value) : nil
        if replayed == MarshalType.ref {
            bytes.append(MarshalType.ref)
            int32(layout!.refIndices[refCursor - 1])
            return []
        }
        var flag: UInt8 = 0
        if let replayed, replayed & MarshalType.flagRef != 0, value.isReferenceable {
            flag = MarshalType.flagRef
            refs.append(value)
        }
        let chosen = replayed.map { $0 & ~MarshalType.flagRef }
        func items(_ values: [PyConstant]) -> [Task] { values.map { .value($0, depth: 0) } }
        switch value {
        case .null: bytes.append(MarshalType.null)
        case .none: bytes.append(MarshalType.none)
        case .stopIteration: bytes.append(MarshalType.stopIteration)
        case .ellipsis: bytes.append(MarshalType.ellipsis)
        case .bool(let b): bytes.append(b ? MarshalType.trueValue : MarshalType.falseValue)
        case .int(let v):
            if chosen != MarshalType.long, let small = Int32(exactly: v) {
                bytes.append(MarshalType.int | flag)
                int32(small)
            } else {
                writeLong(PyBigInt(v), flag: flag)
            }
        case .bigInt(let big):
            writeLong(big, flag: flag)
        case .float(let v):
            bytes.append(MarshalType.binaryFloat | flag)
            double(v)
        case .complex(let real, let imag):
            bytes.append(MarshalType.binaryComplex | flag)
            double(real)
            double(imag)
        case .str(let s):
            try writeString(s, chosen: chosen, flag: flag)
        case .bytes(let b):
            bytes.append(MarshalType.string | flag)
            try size(b.count)
            bytes.append(contentsOf: b)
        case .tuple(let values):
            if values.count < 256 && chosen != MarshalType.tuple {
                bytes.append(MarshalType.smallTuple | flag)
                bytes.append(UInt8(values.count))
            } else {
                bytes.append(MarshalType.tuple | flag)
                try size(values.count)
            }
            return items(values)
        case .list(let values):
            bytes.append(MarshalType.list | flag)
            try size(values.count)
            return items(values)
        case .dict(let entries):
            bytes.append(MarshalType.dict | flag)
            return items(entries.flatMap { [$0.key, $0.value] } + [.null])
        case .set(let values), .frozenset(let values):
            if case .set = value { bytes.append(MarshalType.set | flag) } else { bytes.append(MarshalType.frozenset | flag) }
            try size(values.count)
            return items(values)
        case .code(let code):
            bytes.append(MarshalType.code | flag)
            int32(code.argcount)
            int32(code.posonlyargcount)
            int32(code.kwonlyargcount)
            int32(code.stacksize)
            int32(code.flags.rawValue)
            return items([.bytes(code.code), .tuple(code.consts), .tuple(code.names.map { .str($0) }),
                          .tuple(code.localsplusnames.map { .str($0) }), .bytes(code.localspluskinds),
                          .str(code.filename), .str(code.name), .str(code.qualname)])
                + [.rawInt32(code.firstlineno)]
                + items([.bytes(code.linetable), .bytes(code.exceptiontable)])
        }
        return []
    }

    private mutating func writeLong(_ big: PyBigInt, flag: UInt8) {
        bytes.append(MarshalType.long | flag)
        let count = Int32(big.digits.count)
        int32(big.isNegative ? -count : count)
        for d in big.digits {
            bytes.append(UInt8(d & 0xFF))
            bytes.append(UInt8(d >> 8))
        }
    }

    private mutating func writeString(_ s: PyStr, chosen: UInt8?, flag: UInt8) throws {
        if let chosen, chosen == MarshalType.unicode || chosen == MarshalType.interned {
            bytes.append(chosen | flag)
            try size(s.utf8.count)
            bytes.append(contentsOf: s.utf8)
            return
        }
        if s.isASCII {
            let interned = chosen == MarshalType.shortASCIIInterned || chosen == MarshalType.asciiInterned
            if s.utf8.count < 256 && chosen != MarshalType.ascii && chosen != MarshalType.asciiInterned {
                bytes.append((interned ? MarshalType.shortASCIIInterned : MarshalType.shortASCII) | flag)
                bytes.append(UInt8(s.utf8.count))
            } else {
                bytes.append((interned ? MarshalType.asciiInterned : MarshalType.ascii) | flag)
                try size(s.utf8.count)
            }
            bytes.append(contentsOf: s.utf8)
            return
        }
        bytes.append(MarshalType.unicode | flag)
        try size(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }
}

extension PyConstant {
    /// Singletons are never registered as references by marshal.
    var isReferenceable: Bool {
        switch self {
        case .null, .none, .stopIteration, .ellipsis, .bool: return false
        default: return true
        }
    }

    /// Whether marshal type code `type` (without FLAG_REF) is a valid encoding of this value.
    func canBeWritten(as type: UInt8) -> Bool {
        switch self {
        case .null: return type == MarshalType.null
        case .none: return type == MarshalType.none
        case .stopIteration: return type == MarshalType.stopIteration
        case .ellipsis: return type == MarshalType.ellipsis
        case .bool(let b): return type == (b ? MarshalType.trueValue : MarshalType.falseValue)
        case .int(let v): return type == MarshalType.long || (type == MarshalType.int && Int32(exactly: v) != nil)
        case .bigInt: return type == MarshalType.long
        case .float: return type == MarshalType.binaryFloat
        case .complex: return type == MarshalType.binaryComplex
        case .bytes: return type == MarshalType.string
        case .str(let s):
            switch type {
            case MarshalType.unicode, MarshalType.interned: return true
            case MarshalType.ascii, MarshalType.asciiInterned: return s.isASCII
            case MarshalType.shortASCII, MarshalType.shortASCIIInterned: return s.isASCII && s.utf8.count < 256
            default: return false
            }
        case .tuple(let items):
            return type == MarshalType.tuple || (type == MarshalType.smallTuple && items.count < 256)
        case .list: return type == MarshalType.list
        case .dict: return type == MarshalType.dict
        case .set: return type == MarshalType.set
        case .frozenset: return type == MarshalType.frozenset
        case .code: return type == MarshalType.code
        }
    }
}
