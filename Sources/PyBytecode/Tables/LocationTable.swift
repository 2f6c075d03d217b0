// `co_linetable` decoder (CPython 3.11 PEP 626/657 location table, Objects/locations.md):
// per-unit positions as `co_positions()` yields them and line ranges as `co_lines()` does.

/// One code unit's source span. nil is CPython's -1 ("unknown").
public struct SourcePosition: Equatable, Sendable {
    public var line: Int?
    public var endLine: Int?
    public var column: Int?
    public var endColumn: Int?

    public init(line: Int? = nil, endLine: Int? = nil, column: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.endLine = endLine
        self.column = column
        self.endColumn = endColumn
    }
}

public enum LocationTable {
    /// Location entry kinds (the 4-bit code in an entry's first byte, `1 CCCC LLL`).
    static let shortForms = 0...9
    static let oneLineForms = 10...12
    static let noColumnForm = 13
    static let longForm = 14
    static let noneForm = 15

    /// One decoded entry, with CPython's C-int values (-1 = unknown).
    struct Entry {
        var units: Int
        /// `code` of the entry (0...15).
        var code: Int
        var line: Int
        var endLine: Int
        var column: Int
        var endColumn: Int
    }

    /// One position per code unit (co_positions() order and values), for a code of `codeUnits` units.
    /// CPython yields exactly as many positions as the table covers; like `dis`, units beyond the
    /// table get an all-nil position and table entries beyond `codeUnits` are dropped.
    public static func positions(_ linetable: [UInt8], firstLine: Int, codeUnits: Int) throws -> [SourcePosition] {
        let entries = try decode(linetable, firstLine: firstLine)
        var result: [SourcePosition] = []
        result.reserveCapacity(max(codeUnits, 0))
        // positionsiter_next converts exactly -1 to None (other negatives stay ints).
        func opt(_ v: Int) -> Int? { v == -1 ? nil : v }
        for entry in entries {
            guard result.count < codeUnits else { break }
            let position = SourcePosition(line: opt(entry.line), endLine: opt(entry.endLine),
                                          column: opt(entry.column), endColumn: opt(entry.endColumn))
            for _ in 0..<min(entry.units, codeUnits - result.count) { result.append(position) }
        }
        while result.count < codeUnits { result.append(SourcePosition()) }
        return result
    }

    /// co_lines(): (startByteOffset, endByteOffset, line?) ranges exactly as CPython 3.11's code.co_lines() yields them.
    /// 3.11 yields one range per table entry, never merging neighbours (3.12 merges equal lines);
    /// `line` is nil for "no location" entries and for any negative line.
    public static func lines(_ linetable: [UInt8], firstLine: Int) throws -> [(start: Int, end: Int, line: Int?)] {
        let entries = try decode(linetable, firstLine: firstLine)
        var result: [(start: Int, end: Int, line: Int?)] = []
        result.reserveCapacity(entries.count)
        var offset = 0
        for entry in entries {
            let end = offset + 2 * entry.units
            result.append((start: offset, end: end, line: entry.line < 0 ? nil : entry.line))
            offset = end
        }
        return result
    }

    /// Decodes every entry (codeobject.c advance_with_locations). Stricter than CPython, which
    /// trusts the table: an entry running past the end, a payload byte with bit 7 set (co_lines
    /// would take it for the start of an entry), or a value or line outside a C int throws.
    static func decode(_ bytes: [UInt8], firstLine: Int) throws -> [Entry] {
        let intRange = Int(Int32.min)...Int(Int32.max)
        guard intRange.contains(firstLine) else {
            throw TableError("location table: first line \(firstLine) does not fit in a C int")
        }
        var entries: [Entry] = []
        var index = 0
        var line = firstLine  // codeobject.c computed_line
        var totalUnits = 0

        func byte(_ entryOffset: Int) throws -> Int {
            guard index < bytes.count else {
                throw TableError("location table: entry at byte \(entryOffset) is truncated")
            }
            let b = bytes[index]
            guard b & 0x80 == 0 else {
                throw TableError("location table: entry at byte \(entryOffset) is truncated (byte \(index) starts a new entry)")
            }
            index += 1
            return Int(b)
        }
        // Little-endian 6-bit groups, bit 6 = more follows; capped to a C int.
        func varint(_ entryOffset: Int) throws -> Int {
            var b = try byte(entryOffset)
            var value = b & 63
            var shift = 0
            while b & 64 != 0 {
                b = try byte(entryOffset)
                shift += 6
                let group = b & 63
                guard group == 0 || (shift < 32 && group <= Int(UInt32.max) >> shift) else {
                    throw TableError("location table: varint too large in entry at byte \(entryOffset)")
                }
                value |= group << shift
            }
            guard value <= Int(UInt32.max) else {
                throw TableError("location table: varint too large in entry at byte \(entryOffset)")
            }
            return value
        }
        func signedVarint(_ entryOffset: Int) throws -> Int {
            let u = try varint(entryOffset)
            return u & 1 != 0 ? -(u >> 1) : u >> 1
        }
        func checked(_ v: Int, _ entryOffset: Int) throws -> Int {
            guard intRange.contains(v) else {
                throw TableError("location table: value out of range in entry at byte \(entryOffset)")
            }
            return v
        }

        while index < bytes.count {
            let entryOffset = index
            let first = Int(bytes[index])
            guard first & 0x80 != 0 else {
                throw TableError("location table: byte \(index) should start an entry (bit 7 clear)")
            }
            index += 1
            let code = (first >> 3) & 15
            let units = (first & 7) + 1
            totalUnits += units
            guard totalUnits <= Int(Int32.max) / 2 else {
                throw TableError("location table: covers more code than a C int can address")
            }
            var entry = Entry(units: units, code: code, line: -1, endLine: -1, column: -1, endColumn: -1)
            switch code {
            case noneForm:
                break
            case longForm:
                line = try checked(line + signedVarint(entryOffset), entryOffset)
                entry.line = line
                entry.endLine = try checked(line + varint(entryOffset), entryOffset)
                entry.column = try checked(varint(entryOffset) - 1, entryOffset)
                entry.endColumn = try checked(varint(entryOffset) - 1, entryOffset)
            case noColumnForm:
                line = try checked(line + signedVarint(entryOffset), entryOffset)
                entry.line = line
                entry.endLine = line
            case oneLineForms:
                line = try checked(line + (code - 10), entryOffset)
                entry.line = line
                entry.endLine = line
                entry.column = try byte(entryOffset)
                entry.endColumn = try byte(entryOffset)
            default:  // short forms 0...9
                let second = try byte(entryOffset)
                entry.line = line
                entry.endLine = line
                entry.column = code << 3 | second >> 4
                entry.endColumn = entry.column + (second & 15)
            }
            entries.append(entry)
        }
        return entries
    }
}
