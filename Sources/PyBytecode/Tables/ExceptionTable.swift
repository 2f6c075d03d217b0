// `co_exceptiontable` codec (CPython 3.11, Objects/exception_handling_notes.txt):
// entries of four big-endian 6-bit varints; bit 7 marks the first byte of each entry.

public struct ExceptionTableEntry: Equatable, Sendable {
    /// First covered code unit (2-byte units), inclusive.
    public var start: Int
    /// End of the covered range in code units, exclusive (`start + length`).
    public var end: Int
    /// Handler offset in code units.
    public var target: Int
    /// Stack depth to unwind to before pushing (lasti and) the exception.
    public var depth: Int
    /// Whether the offset of the raising instruction is pushed before the exception.
    public var lasti: Bool

    public init(start: Int, end: Int, target: Int, depth: Int, lasti: Bool) {
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti
    }
}

public enum ExceptionTable {
    /// Largest value a field may hold: CPython reads these varints into a C `int`.
    static let maxValue = Int(Int32.max)

    /// Decodes the table. Unlike `dis._parse_exception_table`, which stops silently at the end
    /// of the bytes mid-entry and ignores bit 7, a truncated entry, a missing or misplaced
    /// entry-start bit (the interpreter's binary search relies on it) or a value that does not
    /// fit in a C int throws. Ranges are not checked for order or overlap here.
    public static func parse(_ bytes: [UInt8]) throws -> [ExceptionTableEntry] {
        var entries: [ExceptionTableEntry] = []
        var index = 0
        while index < bytes.count {
            let entryOffset = index
            guard bytes[index] & 0x80 != 0 else {
                throw TableError("exception table: byte \(index) should start an entry (bit 7 clear)")
            }
            let start = try readVarint(bytes, &index, entryStart: true, entryOffset: entryOffset)
            let length = try readVarint(bytes, &index, entryStart: false, entryOffset: entryOffset)
            let target = try readVarint(bytes, &index, entryStart: false, entryOffset: entryOffset)
            let depthAndLasti = try readVarint(bytes, &index, entryStart: false, entryOffset: entryOffset)
            // start and length are both <= Int32.max, so the sum cannot overflow Int.
            entries.append(ExceptionTableEntry(start: start, end: start + length, target: target,
                                               depth: depthAndLasti >> 1, lasti: depthAndLasti & 1 != 0))
        }
        return entries
    }

    /// Encodes entries the way CPython's assembler does (compile.c
    /// assemble_emit_exception_table_entry): shortest varints, bit 7 on each entry's first byte.
    /// Fields must be non-negative and `end >= start`; CPython only writes `end > start`.
    public static func encode(_ entries: [ExceptionTableEntry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 6)
        for entry in entries {
            precondition(entry.start >= 0 && entry.end >= entry.start && entry.target >= 0 && entry.depth >= 0,
                         "exception table entry out of range: \(entry)")
            writeVarint(entry.start, entryStart: true, into: &out)
            writeVarint(entry.end - entry.start, entryStart: false, into: &out)
            writeVarint(entry.target, entryStart: false, into: &out)
            writeVarint(entry.depth << 1 | (entry.lasti ? 1 : 0), entryStart: false, into: &out)
        }
        return out
    }

    /// Reads one varint at `index`: 6-bit groups, most significant first, bit 6 = more follows.
    /// Only the entry's first byte may (and must) carry bit 7.
    private static func readVarint(_ bytes: [UInt8], _ index: inout Int, entryStart: Bool,
                                   entryOffset: Int) throws -> Int {
        var value = 0
        var first = true
        while true {
            guard index < bytes.count else {
                throw TableError("exception table: entry at byte \(entryOffset) is truncated")
            }
            let byte = bytes[index]
            if byte & 0x80 != 0 && !(first && entryStart) {
                throw TableError("exception table: entry at byte \(entryOffset) is truncated (byte \(index) starts a new entry)")
            }
            guard value <= maxValue >> 6 else {
                throw TableError("exception table: value too large in entry at byte \(entryOffset)")
            }
            value = value << 6 | Int(byte & 0x3F)
            index += 1
            first = false
            if byte & 0x40 == 0 { break }
        }
        guard value <= maxValue else {
            throw TableError("exception table: value too large in entry at byte \(entryOffset)")
        }
        return value
    }

    private static func writeVarint(_ value: Int, entryStart: Bool, into out: inout [UInt8]) {
        var flag: UInt8 = entryStart ? 0x80 : 0
        var shift = 0
        while shift + 6 < Int.bitWidth - 1 && value >> (shift + 6) != 0 { shift += 6 }
        while shift > 0 {
            out.append(UInt8(truncatingIfNeeded: value >> shift) & 0x3F | 0x40 | flag)
            flag = 0
            shift -= 6
        }
        out.append(UInt8(truncatingIfNeeded: value) & 0x3F | flag)
    }
}
