// Tests for Sources/PyBytecode/Tables: unit cases for the exception- and location-table codecs,
// and a differential check against python3 (tools/tables_oracle.py) over stdlib code objects.

import Foundation
import Testing
@testable import PyBytecode

// MARK: - Unit cases

@Suite struct TablesTests {
    @Test func exceptionTableRoundTrip() throws {
        let entries = [
            ExceptionTableEntry(start: 0, end: 3, target: 70, depth: 0, lasti: false),
            ExceptionTableEntry(start: 63, end: 64 + 63, target: 4096, depth: 5, lasti: true),
            ExceptionTableEntry(start: 1 << 24, end: (1 << 24) + 1, target: Int(Int32.max), depth: 1 << 20, lasti: true),
        ]
        let bytes = ExceptionTable.encode(entries)
        // First entry: 0 | 0x80, 3, 70 = 0x41 0x06, 0.
        #expect(Array(bytes.prefix(5)) == [0x80, 0x03, 0x41, 0x06, 0x00])
        #expect(try ExceptionTable.parse(bytes) == entries)
        #expect(try ExceptionTable.parse([]) == [])
    }

    @Test func exceptionTableMalformed() throws {
        let good = ExceptionTable.encode([ExceptionTableEntry(start: 2, end: 10, target: 100, depth: 1, lasti: true)])
        for cut in 1..<good.count {
            #expect(throws: TableError.self) { try ExceptionTable.parse(Array(good.prefix(cut))) }
        }
        #expect(throws: TableError.self) { try ExceptionTable.parse([0x00, 0x01, 0x02, 0x03]) }  // no entry bit
        #expect(throws: TableError.self) { try ExceptionTable.parse([0x80, 0x81, 0x02, 0x03]) }  // misplaced bit 7
        #expect(throws: TableError.self) { try ExceptionTable.parse([0x80, 0x41, 0x80, 0x02, 0x03]) }  // next entry mid-varint
        // A huge varint is capped, not overflowed.
        #expect(throws: TableError.self) {
            try ExceptionTable.parse([0xFF] + [UInt8](repeating: 0x7F, count: 20) + [0x3F, 0, 0, 0])
        }
        #expect(throws: TableError.self) { try ExceptionTable.parse([0xC2, 0x7F, 0x7F, 0x7F, 0x7F, 0x3F, 1, 1, 1]) }
        // Leading zero groups are legal.
        #expect(try ExceptionTable.parse([0xC0, 0x40, 0x01, 0x01, 0x01, 0x00])
                == [ExceptionTableEntry(start: 1, end: 2, target: 1, depth: 0, lasti: false)])
    }

    @Test func locationForms() throws {
        // firstLine 10: short form (col 3..7), one-line +1 (col 100..120), no-column +5, long form
        // (line -3, 2 lines, col 200..5), none, long with unknown columns.
        let instructions: [(units: Int, position: SourcePosition)] = [
            (1, SourcePosition(line: 10, endLine: 10, column: 3, endColumn: 7)),
            (2, SourcePosition(line: 11, endLine: 11, column: 100, endColumn: 120)),
            (3, SourcePosition(line: 16, endLine: 16, column: nil, endColumn: nil)),
            (11, SourcePosition(line: 13, endLine: 15, column: 200, endColumn: 5)),
            (1, SourcePosition()),
            (1, SourcePosition(line: 13, endLine: 14, column: nil, endColumn: nil)),
            (1, SourcePosition(line: 13, endLine: nil, column: nil, endColumn: nil)),
        ]
        let bytes = LocationTable.encode(instructions: instructions, firstLine: 10)
        #expect(bytes == [
            0x80, 0x34,  // short, code 0, 1 unit, col 3, +4
            0xD9, 100, 120,  // one-line +1, 2 units
            0xEA, 0x0A,  // no-column, 3 units, +5
            0xF7, 0x07, 0x02, 0x49, 0x03, 0x06,  // long, 8 units, -3, +2, 201, 6
            0xF2, 0x00, 0x02, 0x49, 0x03, 0x06,  // the remaining 3 units: long again, delta 0
            0xF8,  // none, 1 unit
            0xF0, 0x00, 0x01, 0x00, 0x00,  // long, delta 0, end +1, no columns
            0xE8, 0x00,  // no-column, delta 0 (end line unknown)
        ].map { UInt8($0) })
        let positions = try LocationTable.positions(bytes, firstLine: 10, codeUnits: 21)
        let expanded = instructions.flatMap { Array(repeating: $0.position, count: $0.units) }
        var expected = expanded
        expected[expected.count - 1].endLine = 13  // no-column form reports end line = line
        expected.append(SourcePosition())  // one unit past the table
        #expect(positions == expected)
        let lines = try LocationTable.lines(bytes, firstLine: 10)
        #expect(lines.map { [$0.start, $0.end, $0.line ?? -99] } == [
            [0, 2, 10], [2, 6, 11], [6, 12, 16], [12, 28, 13], [28, 34, 13], [34, 36, -99], [36, 38, 13], [38, 40, 13],
        ])
    }

    @Test func locationMalformed() {
        let good = LocationTable.encode(instructions: [(3, SourcePosition(line: 900, endLine: 905, column: 1000, endColumn: 3))],
                                        firstLine: 1)
        for cut in 1..<good.count {
            #expect(throws: TableError.self) { try LocationTable.positions(Array(good.prefix(cut)), firstLine: 1, codeUnits: 3) }
            #expect(throws: TableError.self) { try LocationTable.lines(Array(good.prefix(cut)), firstLine: 1) }
        }
        #expect(throws: TableError.self) { try LocationTable.lines([0x00], firstLine: 1) }  // no entry bit
        #expect(throws: TableError.self) { try LocationTable.lines([0xD0, 0x80, 0x01], firstLine: 1) }  // payload bit 7
        #expect(throws: TableError.self) {  // huge varint
            try LocationTable.lines([0xE8] + [UInt8](repeating: 0x7F, count: 30) + [0x01], firstLine: 1)
        }
        #expect(throws: TableError.self) {  // line leaves the C int range
            try LocationTable.lines([0xE8, 0x7E, 0x7F, 0x7F, 0x7F, 0x7F, 0x03], firstLine: Int(Int32.max) - 5)
        }
        #expect(throws: TableError.self) { try LocationTable.lines([], firstLine: Int.max) }
    }

    @Test func encoderNeverTraps() {
        let odd: [SourcePosition] = [
            SourcePosition(line: Int.max, endLine: Int.min, column: Int.max, endColumn: Int.min),
            SourcePosition(line: 0, endLine: -7, column: -3, endColumn: 5),
            SourcePosition(line: -5, endLine: 3, column: 1, endColumn: 2),
        ]
        let bytes = LocationTable.encode(instructions: odd.map { (units: 9, position: $0) } + [(units: 0, position: SourcePosition())],
                                         firstLine: Int.min)
        #expect(!bytes.isEmpty)
    }
}

// MARK: - Differential tests against python3

/// One code object as tools/tables_oracle.py dumps it.
struct OracleRecord: Decodable {
    var file: String
    var qualname: String?
    var error: String?
    var code: String?
    var firstlineno: Int?
    var linetable: String?
    var exceptiontable: String?
    var positions: [[Int?]]?
    var lines: [[Int?]]?
    var exc: [[Int]]?
}

enum TablesOracle {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the oracle with `arguments` and returns its records.
    static func run(_ arguments: [String]) throws -> [OracleRecord] {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("tables-oracle-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("tools/tables_oracle.py").path, out.path] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TableError("tables_oracle.py exited with \(process.terminationStatus)")
        }
        let data = try Data(contentsOf: out)
        let decoder = JSONDecoder()
        var records: [OracleRecord] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            records.append(try decoder.decode(OracleRecord.self, from: Data(line)))
        }
        return records
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8? = nil
        for c in hex.utf8 {
            let v: UInt8 = c <= UInt8(ascii: "9") ? c - UInt8(ascii: "0") : c - UInt8(ascii: "a") + 10
            if let h = high { result.append(h << 4 | v); high = nil } else { high = v }
        }
        return result
    }

    /// Inline cache units per opcode in 3.11 (A1). Local on purpose: the instruction decoder is
    /// another module's job, and this test must not depend on it.
    static let caches: [UInt8: Int] = [25: 4, 60: 1, 92: 1, 95: 4, 106: 4, 107: 2, 116: 5, 122: 1, 160: 10, 166: 1, 171: 4]
    static let extendedArg: UInt8 = 144

    /// Instruction sizes in code units as CPython's assembler counts them (EXTENDED_ARG prefixes
    /// belong to the instruction they extend) and the unit index each instruction starts at.
    static func instructionSizes(_ code: [UInt8]) -> [(firstUnit: Int, units: Int)] {
        var result: [(firstUnit: Int, units: Int)] = []
        let count = code.count / 2
        var unit = 0
        var front = 0
        while unit < count {
            let op = code[2 * unit]
            if op == extendedArg {
                unit += 1
                continue
            }
            let end = min(unit + 1 + (caches[op] ?? 0), count)
            result.append((firstUnit: front, units: end - front))
            unit = end
            front = end
        }
        if front < count { result.append((firstUnit: front, units: count - front)) }  // dangling prefix
        return result
    }

    struct Tally: CustomStringConvertible {
        var codeObjects = 0
        var identical = 0
        var uncompilableFiles = 0
        var units = 0
        var exceptionEntries = 0
        var failures: [String: Int] = [:]
        /// Location entries seen per form code (0...15), and instructions with EXTENDED_ARG.
        var formCounts = [Int](repeating: 0, count: 16)
        var extendedArgInstructions = 0
        var longestExceptionVarint = 0
        var examples: [String] = []

        mutating func fail(_ check: String, _ record: OracleRecord, _ detail: String) {
            failures[check, default: 0] += 1
            if examples.count < 20 { examples.append("\(check) \(record.file) \(record.qualname ?? "?"): \(detail)") }
        }

        var description: String {
            "code objects \(codeObjects), identical \(identical), differing \(codeObjects - identical), "
                + "units \(units), exception entries \(exceptionEntries), files not compiling \(uncompilableFiles), "
                + "failures \(failures.sorted { $0.key < $1.key }), location forms \(formCounts), "
                + "EXTENDED_ARG instructions \(extendedArgInstructions), longest exception varint \(longestExceptionVarint) bytes"
                + (examples.isEmpty ? "" : "\n" + examples.joined(separator: "\n"))
        }
    }

    /// First index where the arrays differ (the shorter length when one is a prefix), nil if equal.
    static func firstDifference<T: Equatable>(_ a: [T], _ b: [T]) -> Int? {
        for i in 0..<min(a.count, b.count) where a[i] != b[i] { return i }
        return a.count == b.count ? nil : min(a.count, b.count)
    }

    static func describe(_ p: SourcePosition) -> String {
        func s(_ v: Int?) -> String { v.map(String.init) ?? "None" }
        return "(\(s(p.line)), \(s(p.endLine)), \(s(p.column)), \(s(p.endColumn)))"
    }

    /// Checks one code object against the oracle, counting it identical when every check passes.
    static func check(_ record: OracleRecord, _ tally: inout Tally) {
        guard let codeHex = record.code, let firstLine = record.firstlineno, let lineHex = record.linetable,
              let excHex = record.exceptiontable, let oraclePositions = record.positions,
              let oracleLines = record.lines, let oracleExc = record.exc else {
            tally.uncompilableFiles += 1
            return
        }
        tally.codeObjects += 1
        let failuresBefore = tally.failures.values.reduce(0, +)
        let code = bytes(codeHex)
        let linetable = bytes(lineHex)
        let exceptiontable = bytes(excHex)
        let codeUnits = code.count / 2
        tally.units += codeUnits

        // Coverage bookkeeping (what the differential checks below exercised).
        if let entries = try? LocationTable.decode(linetable, firstLine: firstLine) {
            for entry in entries { tally.formCounts[entry.code] += 1 }
        }
        var run = 0
        for byte in exceptiontable {
            run += 1
            if byte & 0x40 == 0 { tally.longestExceptionVarint = max(tally.longestExceptionVarint, run); run = 0 }
        }

        // (1) exception table: dis's entries and a byte-exact round trip.
        do {
            let entries = try ExceptionTable.parse(exceptiontable)
            tally.exceptionEntries += entries.count
            let asDis = entries.map { [$0.start * 2, $0.end * 2, $0.target * 2, $0.depth, $0.lasti ? 1 : 0] }
            if asDis != oracleExc { tally.fail("exc-parse", record, "\(asDis) vs \(oracleExc)") }
            let again = ExceptionTable.encode(entries)
            if again != exceptiontable { tally.fail("exc-encode", record, "\(again) vs \(exceptiontable)") }
        } catch {
            tally.fail("exc-throw", record, "\(error)")
        }

        // (2) co_positions(): expand the oracle's runs to one position per unit.
        var expected: [SourcePosition] = []
        expected.reserveCapacity(codeUnits)
        for run in oraclePositions where run.count == 5 {
            let p = SourcePosition(line: run[1], endLine: run[2], column: run[3], endColumn: run[4])
            expected.append(contentsOf: repeatElement(p, count: run[0] ?? 0))
        }
        if expected.count != codeUnits {
            tally.fail("positions-coverage", record, "co_positions has \(expected.count) entries for \(codeUnits) units")
        }
        do {
            let positions = try LocationTable.positions(linetable, firstLine: firstLine, codeUnits: codeUnits)
            if let i = firstDifference(positions, expected) {
                tally.fail("positions", record, "unit \(i): \(describe(positions[i])) vs \(describe(expected[i]))")
            }
        } catch {
            tally.fail("positions-throw", record, "\(error)")
        }

        // (3) co_lines().
        do {
            let lines = try LocationTable.lines(linetable, firstLine: firstLine)
            let ours = lines.map { [$0.start, $0.end, $0.line] as [Int?] }
            if ours != oracleLines {
                let i = firstDifference(ours, oracleLines) ?? 0
                tally.fail("lines", record, "range \(i) of \(ours.count)/\(oracleLines.count)")
            }
        } catch {
            tally.fail("lines-throw", record, "\(error)")
        }

        // (4) re-encode from instruction sizes and CPython's own positions.
        if expected.count >= codeUnits {
            let sizes = instructionSizes(code)
            tally.extendedArgInstructions += sizes.filter { code[2 * $0.firstUnit] == extendedArg }.count
            let instructions = sizes.map { (units: $0.units, position: expected[$0.firstUnit]) }
            let encoded = LocationTable.encode(instructions: instructions, firstLine: firstLine)
            if encoded != linetable {
                let i = firstDifference(encoded, linetable) ?? 0
                tally.fail("linetable-encode", record, "byte \(i) of \(encoded.count)/\(linetable.count)")
            }
        }

        if tally.failures.values.reduce(0, +) == failuresBefore { tally.identical += 1 }
    }

    static func sweep(_ arguments: [String]) throws -> Tally {
        var tally = Tally()
        for record in try run(arguments) {
            if record.error != nil {
                tally.uncompilableFiles += 1
            } else {
                check(record, &tally)
            }
        }
        return tally
    }
}

/// Source exercising the rarer encodings: columns >= 80 and >= 128, line jumps, negative line
/// deltas, multi-line expressions, huge line numbers, EXTENDED_ARG on constants and jumps,
/// exception tables with multi-group varints and deep nesting.
let synthesizedSource: String = {
    var s = "import sys\n"
    s += "def columns(a):\n"
    s += "    x = " + String(repeating: " ", count: 90) + "a.b + a\n"
    s += "    y = " + String(repeating: "a + ", count: 60) + "a.c\n"
    s += "    z = (a +\n         a.d\n         ) * [a\n,\na]\n"
    s += "    return f'{x!r:>{y}} {z}' if x else (lambda q: q.e)(z)\n"
    s += "def consts():\n    return [" + (0..<400).map { "\($0 * 7 + 1000)" }.joined(separator: ", ") + "]\n"
    s += "def big_jumps(a):\n    while a:\n"
    for i in 0..<300 { s += "        if a == \(i): a = a.m\(i)(\(i), k=a)\n" }
    s += "    else:\n        return a\n"
    s += "def long_try(a):\n    try:\n"
    for i in 0..<700 { s += "        a.f\(i % 50)(a[\(i)], a)\n" }
    s += "    except (ValueError, TypeError) as e:\n        raise RuntimeError(a) from e\n    finally:\n        a.close()\n"
    s += "def nested(a):\n"
    var indent = "    "
    for i in 0..<12 {
        s += indent + (i % 3 == 0 ? "with a as w\(i):\n" : i % 3 == 1 ? "try:\n" : "for v\(i) in a:\n")
        indent += "    "
    }
    s += indent + "yield a\n"
    indent.removeLast(4)
    for i in (0..<12).reversed() {
        if i % 3 == 1 { s += indent + "except* OSError:\n" + indent + "    pass\n" }
        indent.removeLast(4)
    }
    s += "async def coro(a):\n    async with a:\n        async for b in a:\n            await b\n    return [c async for c in a]\n"
    s += "class K:\n    def m(self): return super().m()\n"
    s += String(repeating: "\n", count: 70_000)
    s += "def far(a):\n    return (a +\n" + String(repeating: "\n", count: 5000) + "            a)\n"
    s += "lambda: 0\n"
    return s
}()

@Suite struct TablesTestsOracle {
    @Test func synthesized() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tables-synth-\(UUID().uuidString).py")
        try synthesizedSource.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let tally = try TablesOracle.sweep([path.path])
        print("TablesTests synthesized: \(tally)")
        // Every location form, EXTENDED_ARG and 3-group exception varints must have been exercised.
        #expect(tally.formCounts.allSatisfy { $0 > 0 }, "\(tally.formCounts)")
        #expect(tally.extendedArgInstructions > 0 && tally.longestExceptionVarint >= 3, "\(tally)")
        #expect(tally.codeObjects > 5 && tally.identical == tally.codeObjects && tally.uncompilableFiles == 0,
                "\(tally)")
    }

    static let sample = [
        "dis.py", "typing.py", "asyncio/base_events.py", "asyncio/tasks.py", "json/encoder.py", "argparse.py",
        "re/_parser.py", "email/_header_value_parser.py", "unittest/mock.py", "tarfile.py", "enum.py",
        "contextlib.py", "inspect.py", "dataclasses.py", "_pydecimal.py", "collections/__init__.py",
    ]

    @Test func stdlibSample() throws {
        let tally = try TablesOracle.sweep(Self.sample.map { "stdlib:" + $0 })
        print("TablesTests stdlib sample: \(tally)")
        #expect(tally.codeObjects > 1000 && tally.identical == tally.codeObjects && tally.uncompilableFiles == 0,
                "\(tally)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PYVM_FULL_STDLIB"] == "1"))
    func fullStdlib() throws {
        let tally = try TablesOracle.sweep(["--stdlib"])
        print("TablesTests full stdlib: \(tally)")
        #expect(tally.codeObjects > 10_000 && tally.identical == tally.codeObjects, "\(tally)")
    }
}
