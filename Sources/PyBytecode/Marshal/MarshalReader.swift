// Reads marshal format 4 (what CPython 3.11 writes into .pyc files) into PyConstant
// values. Every malformed input becomes a MarshalError; nothing here may trap.

public struct MarshalReader {
    private let bytes: [UInt8]
    public private(set) var position: Int
    /// Objects registered by FLAG_REF, by index; nil while a container is still being read.
    private var refs: [PyConstant?] = []
    /// The encoding decisions seen, for byte-exact rewriting.
    public private(set) var layout = MarshalLayout()

    public init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Reads one object (marshal.loads semantics: trailing bytes are ignored).
    public static func load(_ bytes: [UInt8]) throws -> PyConstant {
        var reader = MarshalReader(bytes)
        return try reader.readObject()
    }

    /// Reads one object; a bare NULL at top level is an error, as in marshal.loads.
    public mutating func readObject() throws -> PyConstant {
        let value = try readValue()
        if value == .null {
            throw MarshalError(.typeError, "NULL object in marshal data for object")
        }
        return value
    }

    // MARK: primitives

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw MarshalError.tooShort }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func int32() throws -> Int32 {
        guard bytes.count - position >= 4 else { throw MarshalError.tooShort }
        var value: UInt32 = 0
        for k in 0..<4 { value |= UInt32(bytes[position + k]) << (8 * k) }
        position += 4
        return Int32(bitPattern: value)
    }

    private mutating func int64() throws -> Int64 {
        let low = UInt64(UInt32(bitPattern: try int32()))
        let high = UInt64(UInt32(bitPattern: try int32()))
        return Int64(bitPattern: high << 32 | low)
    }

    private mutating func take(_ count: Int) throws -> [UInt8] {
        guard count >= 0, bytes.count - position >= count else { throw MarshalError.tooShort }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// A size field: a non-negative int32.
    private mutating func size(_ what: String) throws -> Int {
        let n = try int32()
        guard n >= 0 else { throw MarshalError.bad("\(what) size out of range") }
        return Int(n)
    }

    private mutating func binaryDouble() throws -> Double {
        Double(bitPattern: UInt64(bitPattern: try int64()))
    }

    private mutating func textDouble() throws -> Double {
        let n = Int(try byte())
        let text = String(decoding: try take(n), as: UTF8.self)
        guard let value = Double(text) else { throw MarshalError(.valueError, "could not convert string to float: '\(text)'") }
        return value
    }

    // MARK: objects

    /// Reserves a reference slot for a container before its children are read (r_ref_reserve).
    private mutating func reserveRef(_ flagged: Bool) -> Int? {
        guard flagged else { return nil }
        refs.append(nil)
        return refs.count - 1
    }

    private mutating func fill(_ slot: Int?, _ value: PyConstant) {
        if let slot { refs[slot] = value }
    }

    /// A container whose children are still being read. The reader keeps these on an
    /// explicit stack instead of recursing, so nesting depth never costs native stack.
    private struct Pending {
        enum Kind { case tuple, list, set, frozenset, dict, code }
        var kind: Kind
        var remaining: Int
        var items: [PyConstant] = []
        var slot: Int?
        /// Dict: the key waiting for its value.
        var pendingKey: PyConstant? = nil
        /// Code: the fields read so far (items hold the object fields in order).
        var code = CodeObject()
    }

    /// What reading one type byte produced: a finished value or a container to fill.
    private enum Step {
        case value(PyConstant)
        case open(Pending)
    }

    private mutating func readValue() throws -> PyConstant {
        var stack: [Pending] = []
        var step = try readHeader(depth: 1)
        while true {
            var finished: PyConstant
            switch step {
            case .open(let pending):
                if pending.remaining == 0 && pending.kind != .dict {
                    finished = try close(pending)
                } else {
                    stack.append(pending)
                    step = try readHeader(depth: stack.count + 1)
                    continue
                }
            case .value(let value):
                finished = value
            }
            // Deliver `finished` upward until some container still needs children.
            while true {
                guard var top = stack.popLast() else { return finished }
                var done = false
                switch top.kind {
                case .dict:
                    if top.pendingKey == nil {
                        if finished == .null { done = true } else { top.pendingKey = finished }
                    } else if finished == .null {
                        done = true  // CPython ends the dict on a NULL value too
                    } else {
                        let key = top.pendingKey!
                        guard PyConstant.isHashable(key) else {
                            throw MarshalError(.typeError, "unhashable type: '\(key.typeName)'")
                        }
                        top.items.append(key)
                        top.items.append(finished)
                        top.pendingKey = nil
                    }
                case .code:
                    top.items.append(finished)
                    top.remaining -= 1
                    // co_firstlineno is a raw int32 between co_qualname and co_linetable.
                    if top.items.count == 8 { top.code.firstlineno = try int32() }
                    done = top.remaining == 0
                case .tuple, .list, .set, .frozenset:
                    if finished == .null {
                        let kind = top.kind == .tuple ? "tuple" : top.kind == .list ? "list" : "set"
                        throw MarshalError(.typeError, "NULL object in marshal data for \(kind)")
                    }
                    top.items.append(finished)
                    top.remaining -= 1
                    done = top.remaining == 0
                }
                if done {
                    finished = try close(top)
                    continue
                }
                stack.append(top)
                break
            }
            step = try readHeader(depth: stack.count + 1)
        }
    }

    /// Builds the value of a container whose children have all been read.
    private mutating func close(_ pending: Pending) throws -> PyConstant {
        let value: PyConstant
        switch pending.kind {
        case .tuple: value = .tuple(pending.items)
        case .list: value = .list(pending.items)
        case .set, .frozenset:
            for item in pending.items where !PyConstant.isHashable(item) {
                throw MarshalError(.typeError, "unhashable type: '\(item.typeName)'")
            }
            value = pending.kind == .set ? .set(pending.items) : .frozenset(pending.items)
        case .dict:
            var entries: [PyDictEntry] = []
            entries.reserveCapacity(pending.items.count / 2)
            var i = 0
            while i + 1 < pending.items.count {
                entries.append(PyDictEntry(key: pending.items[i], value: pending.items[i + 1]))
                i += 2
            }
            value = .dict(entries)
        case .code:
            value = .code(try buildCode(pending.code, fields: pending.items))
        }
        fill(pending.slot, value)
        return value
    }

    /// Reads one type byte and whatever fixed-size data follows it.
    private mutating func readHeader(depth: Int) throws -> Step {
        guard position < bytes.count else { throw MarshalError.eof }
        let code = bytes[position]
        position += 1
        guard depth <= MarshalType.maxDepth else {
            throw MarshalError(.valueError, "recursion limit exceeded")
        }
        layout.typeBytes.append(code)
        let flagged = code & MarshalType.flagRef != 0
        let type = code & ~MarshalType.flagRef
        switch type {
        case MarshalType.null: return .value(.null)
        case MarshalType.none: return .value(.none)
        case MarshalType.stopIteration: return .value(.stopIteration)
        case MarshalType.ellipsis: return .value(.ellipsis)
        case MarshalType.falseValue: return .value(.bool(false))
        case MarshalType.trueValue: return .value(.bool(true))
        case MarshalType.ref:
            let index = try int32()
            layout.refIndices.append(index)
            guard index >= 0, Int(index) < refs.count, let value = refs[Int(index)] else {
                throw MarshalError.bad("invalid reference")
            }
            return .value(value)
        default:
            break
        }
        let slot = reserveRef(flagged)
        func container(_ kind: Pending.Kind, _ count: Int) throws -> Step {
            // Each child takes at least one byte: refuse counts the data cannot hold
            // before allocating anything.
            guard count <= bytes.count - position else { throw MarshalError.tooShort }
            var pending = Pending(kind: kind, remaining: count, slot: slot)
            pending.items.reserveCapacity(kind == .dict ? 0 : count)
            return .open(pending)
        }
        let value: PyConstant
        switch type {
        case MarshalType.int:
            value = .int(Int(try int32()))
        case MarshalType.int64:
            value = .int(Int(try int64()))
        case MarshalType.long:
            value = try readLong()
        case MarshalType.float:
            value = .float(try textDouble())
        case MarshalType.binaryFloat:
            value = .float(try binaryDouble())
        case MarshalType.complex:
            let real = try textDouble()
            value = .complex(real: real, imag: try textDouble())
        case MarshalType.binaryComplex:
            let real = try binaryDouble()
            value = .complex(real: real, imag: try binaryDouble())
        case MarshalType.string:
            value = .bytes(try take(try size("bytes object")))
        case MarshalType.ascii, MarshalType.asciiInterned:
            value = .str(latin1(try take(try size("string"))))
        case MarshalType.shortASCII, MarshalType.shortASCIIInterned:
            value = .str(latin1(try take(Int(try byte()))))
        case MarshalType.unicode, MarshalType.interned:
            let raw = try take(try size("string"))
            guard let text = PyStr.validating(surrogatePassUTF8: raw) else {
                throw MarshalError(.unicodeDecodeError, "'utf-8' codec can't decode bytes: invalid data")
            }
            value = .str(text)
        case MarshalType.smallTuple: return try container(.tuple, Int(try byte()))
        case MarshalType.tuple: return try container(.tuple, try size("tuple"))
        case MarshalType.list: return try container(.list, try size("list"))
        case MarshalType.dict: return try container(.dict, 1)
        case MarshalType.set: return try container(.set, try size("set"))
        case MarshalType.frozenset: return try container(.frozenset, try size("set"))
        case MarshalType.code:
            var pending = Pending(kind: .code, remaining: 10, slot: slot)
            pending.code.argcount = try int32()
            pending.code.posonlyargcount = try int32()
            pending.code.kwonlyargcount = try int32()
            pending.code.stacksize = try int32()
            pending.code.flags = CodeFlags(rawValue: try int32())
            return .open(pending)
        default:
            throw MarshalError.bad("unknown type code")
        }
        fill(slot, value)
        return .value(value)
    }

    /// ASCII type codes are decoded as Latin-1 by CPython, so bytes >= 0x80 are accepted.
    private func latin1(_ raw: [UInt8]) -> PyStr {
        if raw.allSatisfy({ $0 < 0x80 }) { return PyStr(utf8: raw) }
        return PyStr(codePoints: raw.map { UInt32($0) })
    }

    private mutating func readLong() throws -> PyConstant {
        let n = try int32()
        if n == 0 { return .int(0) }
        guard n != Int32.min else { throw MarshalError.bad("long size out of range") }
        let count = Int(n.magnitude)
        guard bytes.count - position >= 2 * count else { throw MarshalError.tooShort }
        var digits: [UInt16] = []
        digits.reserveCapacity(count)
        for _ in 0..<count {
            let d = UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
            position += 2
            guard d < 0x8000 else { throw MarshalError.bad("digit out of range in long") }
            digits.append(d)
        }
        guard digits.last != 0 else { throw MarshalError.bad("unnormalized long data") }
        return .integer(PyBigInt(isNegative: n < 0, digits: digits))
    }

    /// Fills a code object from its ten marshalled object fields, checking their types.
    private func buildCode(_ partial: CodeObject, fields: [PyConstant]) throws -> CodeObject {
        var code = partial
        func bytesField(_ i: Int, _ name: String) throws -> [UInt8] {
            guard case .bytes(let b) = fields[i] else { throw MarshalError.bad("\(name) is not bytes") }
            return b
        }
        func tupleField(_ i: Int, _ name: String) throws -> [PyConstant] {
            guard case .tuple(let items) = fields[i] else { throw MarshalError.bad("\(name) is not a tuple") }
            return items
        }
        func stringField(_ i: Int, _ name: String) throws -> PyStr {
            guard case .str(let s) = fields[i] else { throw MarshalError.bad("\(name) is not a str") }
            return s
        }
        func stringTupleField(_ i: Int, _ name: String) throws -> [PyStr] {
            try tupleField(i, name).map { item in
                guard case .str(let s) = item else { throw MarshalError.bad("\(name) holds a non-str") }
                return s
            }
        }
        code.code = try bytesField(0, "co_code")
        code.consts = try tupleField(1, "co_consts")
        code.names = try stringTupleField(2, "co_names")
        code.localsplusnames = try stringTupleField(3, "co_localsplusnames")
        code.localspluskinds = try bytesField(4, "co_localspluskinds")
        code.filename = try stringField(5, "co_filename")
        code.name = try stringField(6, "co_name")
        code.qualname = try stringField(7, "co_qualname")
        code.linetable = try bytesField(8, "co_linetable")
        code.exceptiontable = try bytesField(9, "co_exceptiontable")
        try CodeObject.validateConstructorRules(code)
        return code
    }
}

extension CodeObject {
    /// The checks CPython's code constructor (`_PyCode_Validate`) makes on marshalled fields.
    static func validateConstructorRules(_ code: CodeObject) throws {
        guard code.argcount >= 0, code.posonlyargcount >= 0, code.kwonlyargcount >= 0,
              code.stacksize >= 0, code.argcount >= code.posonlyargcount else {
            throw MarshalError(.valueError, "code: invalid argument counts")
        }
        guard code.code.count % 2 == 0, !code.code.isEmpty else {
            throw MarshalError(.valueError, "code: co_code is malformed")
        }
        guard code.localsplusnames.count == code.localspluskinds.count else {
            throw MarshalError(.valueError, "code: co_localsplusnames and co_localspluskinds differ in length")
        }
        let nplain = code.localspluskinds.filter { $0 & LocalKind.local.rawValue != 0 }.count
        var argumentSlots = Int(code.argcount) + Int(code.kwonlyargcount)
        if code.flags.contains(.varargs) { argumentSlots += 1 }
        if code.flags.contains(.varkeywords) { argumentSlots += 1 }
        guard argumentSlots <= nplain else {
            throw MarshalError(.valueError, "code: co_varnames is too small")
        }
    }
}

extension PyConstant {
    /// Python type name, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .none: return "NoneType"
        case .stopIteration: return "type"
        case .ellipsis: return "ellipsis"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .complex: return "complex"
        case .str: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict"
        case .set: return "set"
        case .frozenset: return "frozenset"
        case .code: return "code"
        }
    }

    /// Whether CPython can hash the value (lists, dicts and sets cannot be set members).
    public static func isHashable(_ value: PyConstant) -> Bool {
        switch value {
        case .list, .dict, .set, .null: return false
        case .tuple(let items): return items.allSatisfy(isHashable)
        default: return true
        }
    }
}
