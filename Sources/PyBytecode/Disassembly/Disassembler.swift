// Text identical to CPython 3.11's `dis.dis(code)` (Lib/dis.py: _disassemble_recursive,
// _disassemble_bytes, Instruction._disassemble), including nested code objects and the
// exception table listing. Malformed code objects throw instead of printing garbage.

public enum Disassembler {
    /// `dis.cmp_op`.
    public static let comparisonNames = ["<", "<=", "==", "!=", ">", ">="]
    /// The symbols of `opcode._nb_ops`, indexed by BINARY_OP's argument.
    public static let binaryOperatorNames = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ]
    static let formatConverters = ["", "str", "repr", "ascii"]
    static let makeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"]

    /// What `dis.dis(code)` prints: the code object, then every nested code object.
    /// `setOrder`: `.hashTable` prints frozenset constants as CPython does for code loaded by
    /// marshal (which stores elements sorted); `.asStored` prints the elements in the order the
    /// value holds them, for code whose frozensets carry the compiler's own order.
    public static func disassemble(_ code: CodeObject,
                                   setOrder: PyRepr.SetElementOrder = .hashTable) throws -> String {
        var out = ""
        try disassembleRecursive(code, into: &out, nesting: 0, setOrder: setOrder)
        return out
    }

    private static func disassembleRecursive(_ code: CodeObject, into out: inout String, nesting: Int,
                                             setOrder: PyRepr.SetElementOrder) throws {
        // Nesting follows the data; marshal already bounds it, this guards hand-built values.
        guard nesting < 1000 else { throw BytecodeError("code objects nested too deeply") }
        try disassembleOne(code, into: &out, nesting: nesting, setOrder: setOrder)
        for constant in code.consts {
            if case .code(let inner) = constant {
                out += "\nDisassembly of \(try PyRepr.repr(constant)):\n"
                try disassembleRecursive(inner, into: &out, nesting: nesting + 1, setOrder: setOrder)
            }
        }
    }

    /// `dis.findlinestarts`: offset -> line for each range whose line differs from the last one.
    public static func lineStarts(_ code: CodeObject) throws -> [Int: Int] {
        var starts: [Int: Int] = [:]
        var last: Int? = nil
        for range in try LocationTable.lines(code.linetable, firstLine: Int(code.firstlineno)) {
            if let line = range.line, line != last {
                last = line
                starts[range.start] = line
            }
        }
        return starts
    }

    /// `dis.findlabels` plus exception-table targets: offsets marked `>>`.
    static func labels(_ units: [CodeUnit], _ entries: [ExceptionTableEntry]) -> Set<Int> {
        var labels = Set<Int>()
        for unit in units {
            guard let arg = unit.arg else { continue }
            switch unit.opcode.argumentKind {
            case .jumpForward: labels.insert(unit.offset + 2 + arg * 2)
            case .jumpBackward: labels.insert(unit.offset + 2 - arg * 2)
            default: break
            }
        }
        for entry in entries where entry.start < entry.end {
            labels.insert(entry.target * 2)
        }
        return labels
    }

    private static func disassembleOne(_ code: CodeObject, into out: inout String, nesting: Int,
                                       setOrder: PyRepr.SetElementOrder) throws {
        let units = try Bytecode.codeUnits(code.code)
        let starts = try lineStarts(code)
        let entries = try ExceptionTable.parse(code.exceptiontable)
        let jumpLabels = labels(units, entries)

        var linenoWidth = 0
        if let maxLine = starts.values.max() {
            linenoWidth = maxLine >= 1000 ? String(maxLine).count : 3
        }
        let maxOffset = code.code.count - 2
        let offsetWidth = maxOffset >= 10000 ? String(maxOffset).count : 4

        for unit in units {
            let startsLine = starts[unit.offset]
            if linenoWidth > 0, startsLine != nil, unit.offset > 0 {
                out += "\n"
            }
            var fields: [String] = []
            if linenoWidth > 0 {
                if let line = startsLine {
                    fields.append(padLeft(String(line), linenoWidth))
                } else {
                    fields.append(String(repeating: " ", count: linenoWidth))
                }
            }
            fields.append("   ")
            fields.append(jumpLabels.contains(unit.offset) ? ">>" : "  ")
            fields.append(padLeft(String(unit.offset), offsetWidth))
            fields.append(padRight(unit.opcode.name, 20))
            if let arg = unit.arg {
                fields.append(padLeft(String(arg), 5))
                let detail = try argumentRepr(unit, arg: arg, code: code, nesting: nesting, setOrder: setOrder)
                if !detail.isEmpty { fields.append("(" + detail + ")") }
            }
            out += rstrip(fields.joined(separator: " ")) + "\n"
        }
        if !entries.isEmpty {
            out += "ExceptionTable:\n"
            for entry in entries {
                let lasti = entry.lasti ? " lasti" : ""
                out += "  \(entry.start * 2) to \(entry.end * 2 - 2) -> \(entry.target * 2) [\(entry.depth)]\(lasti)\n"
            }
        }
    }

    /// The parenthesised argument detail dis prints (`argrepr`).
    /// `nesting`: how deep `code` sits in its module's co_consts; dis's own Python frames use
    /// up recursion depth, so deeply nested constants hit RecursionError a little earlier.
    public static func argumentRepr(_ unit: CodeUnit, arg: Int, code: CodeObject, nesting: Int = 0,
                                    setOrder: PyRepr.SetElementOrder = .hashTable) throws -> String {
        func element<T>(_ array: [T], _ index: Int, _ what: String) throws -> T {
            guard index >= 0, index < array.count else {
                throw BytecodeError("\(unit.opcode.name) at offset \(unit.offset): \(what) index \(index) out of range")
            }
            return array[index]
        }
        switch unit.opcode.argumentKind {
        case .none, .number:
            return ""
        case .constant:
            // dis resolves only LOAD_CONST; KW_NAMES's constant is left as UNKNOWN (no detail).
            guard unit.opcode == .LOAD_CONST else { return "" }
            return try PyRepr.repr(element(code.consts, arg, "constant"),
                                  depthBudget: PyRepr.disDepthBudget - nesting, setOrder: setOrder)
        case .name:
            return try element(code.names, arg, "name").string
        case .globalName:
            let name = try element(code.names, arg >> 1, "name").string
            return arg & 1 != 0 && !name.isEmpty ? "NULL + " + name : name
        case .jumpForward:
            return "to \(unit.offset + 2 + arg * 2)"
        case .jumpBackward:
            return "to \(unit.offset + 2 - arg * 2)"
        case .local, .free:
            return try element(code.localsplusnames, arg, "local").string
        case .compare:
            return try element(comparisonNames, arg, "comparison")
        case .binaryOp:
            return try element(binaryOperatorNames, arg, "binary operator")
        case .formatValue:
            var text = formatConverters[arg & 0x3]
            if arg & 0x4 != 0 {
                if !text.isEmpty { text += ", " }
                text += "with format"
            }
            return text
        case .makeFunctionFlags:
            return makeFunctionFlags.indices.filter { arg & (1 << $0) != 0 }
                .map { makeFunctionFlags[$0] }.joined(separator: ", ")
        }
    }

    // Python pads by code points, not grapheme clusters.
    static func padLeft(_ s: String, _ width: Int) -> String {
        let n = s.unicodeScalars.count
        return n >= width ? s : String(repeating: " ", count: width - n) + s
    }

    static func padRight(_ s: String, _ width: Int) -> String {
        let n = s.unicodeScalars.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    static func rstrip(_ s: String) -> String {
        var result = Substring(s)
        while let last = result.last, last == " " { result.removeLast() }
        return String(result)
    }
}
