// CPython 3.11's repr() of a constant, including the errors it raises (int digit limit,
// recursion depth) and the hash-table order of sets and frozensets.

public struct PyReprError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The Python exception class, e.g. "ValueError".
    public let typeName: String
    public let message: String

    public init(typeName: String, message: String) {
        self.typeName = typeName
        self.message = message
    }

    public var description: String { "\(typeName): \(message)" }
}

public enum PyRepr {
    /// How many nested `PyObject_Repr` calls CPython 3.11 allows when `repr()` is called from
    /// a module's top-level code (recursion limit 1000, one frame in use). Every object
    /// costs one level and a non-empty set or frozenset two (set_repr reprs a list of its
    /// elements), so a tuple nested 997 deep around an int is fine and 998 deep raises.
    /// Callers running deeper in a Python stack have correspondingly fewer levels.
    public static let topLevelDepthBudget = 998

    /// The budget when `dis.dis(code)`, called from module level, reprs a constant of `code`:
    /// dis's own frames take six levels. A code object nested n deep in `co_consts` has n
    /// fewer, one per recursion of `_disassemble_recursive`.
    public static let disDepthBudget = 992

    /// The address printed for code objects; value types have no identity.
    public static let codeObjectAddress = "0x7f0000000000"

    /// Exactly what CPython 3.11's repr() prints for this constant, or the exception it
    /// raises (ValueError past 4300 decimal digits, RecursionError past the depth budget,
    /// TypeError for an unhashable set element or dict key, which marshal would reject).
    public static func repr(_ value: PyConstant) throws -> String {
        try repr(value, depthBudget: topLevelDepthBudget)
    }

    /// The order set and frozenset elements are printed in.
    public enum SetElementOrder: Sendable {
        /// The order of a set built by adding the elements one by one in stored order:
        /// what CPython prints for a value loaded by marshal.
        case hashTable
        /// The stored order itself. Marshal writes a set's iteration order, so this is what
        /// CPython printed for the set marshal wrote (e.g. the compiler's frozenset constants,
        /// which `python3 -m dis FILE.py` shows).
        case asStored
    }

    /// `repr` with an explicit number of nested repr calls available (see `topLevelDepthBudget`).
    public static func repr(_ value: PyConstant, depthBudget: Int,
                            setOrder order: SetElementOrder = .hashTable) throws -> String {
        var out = ""
        try write(value, to: &out, depth: 1, budget: depthBudget, order: order)
        return out
    }

    /// CPython's `_PY_LONG_DEFAULT_MAX_STR_DIGITS`.
    public static let maxIntStringDigits = 4300

    /// Python's `repr(int)`, which refuses more than 4300 decimal digits (the sign not counted).
    public static func repr(bigInt: PyBigInt) throws -> String {
        // Past 14300 bits there are at least 4305 digits: refuse before the quadratic conversion.
        if bigInt.bitLength > 14300 { throw digitLimitError }
        let text = bigInt.decimalString
        if text.utf8.count - (bigInt.isNegative ? 1 : 0) > maxIntStringDigits { throw digitLimitError }
        return text
    }

    private static let digitLimitError = PyReprError(
        typeName: "ValueError",
        message: "Exceeds the limit (4300 digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit")

    private static let recursionError = PyReprError(
        typeName: "RecursionError",
        message: "maximum recursion depth exceeded while getting the repr of an object")

    /// One `PyObject_Repr` call at nesting level `depth`.
    private static func write(_ value: PyConstant, to out: inout String, depth: Int, budget: Int,
                              order: SetElementOrder) throws {
        if depth > budget { throw recursionError }
        switch value {
        case .null: out += "<NULL>"
        case .none: out += "None"
        case .stopIteration: out += "<class 'StopIteration'>"
        case .ellipsis: out += "Ellipsis"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .bigInt(let big): out += try repr(bigInt: big)
        case .float(let d): out += repr(float: d)
        case .complex(let real, let imag): out += repr(complexReal: real, imag: imag)
        case .str(let s): out += repr(s)
        case .bytes(let b): out += repr(bytes: b)
        case .tuple(let items):
            out += "("
            try writeItems(items, to: &out, depth: depth + 1, budget: budget, order: order)
            out += items.count == 1 ? ",)" : ")"
        case .list(let items):
            out += "["
            try writeItems(items, to: &out, depth: depth + 1, budget: budget, order: order)
            out += "]"
        case .dict(let entries):
            out += "{"
            for (index, entry) in try dictEntries(entries).enumerated() {
                if index > 0 { out += ", " }
                try write(entry.key, to: &out, depth: depth + 1, budget: budget, order: order)
                out += ": "
                try write(entry.value, to: &out, depth: depth + 1, budget: budget, order: order)
            }
            out += "}"
        case .set(let items):
            try writeSet(items, typeName: "set", to: &out, depth: depth, budget: budget, order: order)
        case .frozenset(let items):
            try writeSet(items, typeName: "frozenset", to: &out, depth: depth, budget: budget, order: order)
        case .code(let code):
            let line = code.firstlineno != 0 ? Int(code.firstlineno) : -1
            out += "<code object \(code.name.string) at \(codeObjectAddress), "
                + "file \"\(code.filename.string)\", line \(line)>"
        }
    }

    private static func writeItems(_ items: [PyConstant], to out: inout String, depth: Int, budget: Int,
                                   order: SetElementOrder) throws {
        for (index, item) in items.enumerated() {
            if index > 0 { out += ", " }
            try write(item, to: &out, depth: depth, budget: budget, order: order)
        }
    }

    /// set_repr: `set()` when empty, else the repr of a list of the elements in table
    /// order (one more nesting level), braces instead of brackets, wrapped for frozenset.
    private static func writeSet(_ items: [PyConstant], typeName: String, to out: inout String,
                                 depth: Int, budget: Int, order: SetElementOrder) throws {
        let elements = order == .asStored ? items : try setOrder(items)
        if elements.isEmpty {
            out += typeName + "()"
            return
        }
        if depth + 1 > budget { throw recursionError }
        out += typeName == "set" ? "{" : typeName + "({"
        try writeItems(elements, to: &out, depth: depth + 2, budget: budget, order: order)
        out += typeName == "set" ? "}" : "})"
    }

    /// The elements of a set built by adding `items` in order, in its iteration order.
    public static func setOrder(_ items: [PyConstant]) throws -> [PyConstant] {
        var table = PySetTable()
        for item in items { table.add(item, hash: try hashOrThrow(item)) }
        return table.elements
    }

    /// A dict built by setting `entries` in order: a repeated key keeps its first key
    /// object and position and takes the last value.
    private static func dictEntries(_ entries: [PyDictEntry]) throws -> [PyDictEntry] {
        var result: [PyDictEntry] = []
        var byHash: [Int: [Int]] = [:]
        for entry in entries {
            let h = try hashOrThrow(entry.key)
            if let index = byHash[h, default: []].first(where: { PyEquality.equal(result[$0].key, entry.key) }) {
                result[index].value = entry.value
            } else {
                byHash[h, default: []].append(result.count)
                result.append(entry)
            }
        }
        return result
    }

    private static func hashOrThrow(_ value: PyConstant) throws -> Int {
        if let h = PyHash.hash(value) { return h }
        throw PyReprError(typeName: "TypeError", message: "unhashable type: '\(unhashableTypeName(value))'")
    }

    /// The type CPython names when hashing `value` fails: the first unhashable part.
    private static func unhashableTypeName(_ value: PyConstant) -> String {
        switch value {
        case .list: return "list"
        case .dict: return "dict"
        case .set: return "set"
        case .null: return "NULL"
        case .tuple(let items), .frozenset(let items):
            for item in items where PyHash.hash(item) == nil { return unhashableTypeName(item) }
            return "tuple"
        case .code(let code):
            for item in code.consts where PyHash.hash(item) == nil { return unhashableTypeName(item) }
            return "code"
        default:
            return "object"
        }
    }
}
