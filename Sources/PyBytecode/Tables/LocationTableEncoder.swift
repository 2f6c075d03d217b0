// `co_linetable` encoder: the bytes CPython 3.11's assembler writes
// (compile.c assemble_emit_location / write_location_info_entry).

extension LocationTable {
    /// Re-encode: given each instruction's size in code units (EXTENDED_ARG prefixes and inline caches
    /// included, as CPython's assembler counts them) and its position, produce the bytes CPython 3.11's
    /// assembler writes (compile.c write_location_info_entry & friends: forms 0-9 short, 10-12 one-line,
    /// 13 no-column, 14 long, 15 none; entries cover at most 8 units, longer instructions are split).
    ///
    /// nil (or any negative line / column) means CPython's -1. Positions CPython's compiler never
    /// produces are written as closely as the format allows: columns without an end line, or an end
    /// line before the line, use the long form with end-line delta 0. Instructions of 0 units write nothing.
    public static func encode(instructions: [(units: Int, position: SourcePosition)], firstLine: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(instructions.count * 2)
        var currentLine = firstLine  // assembler a_lineno: only entries with a line move it
        for (units, position) in instructions {
            var remaining = units
            while remaining > 8 {
                writeEntry(position, units: 8, currentLine: &currentLine, into: &out)
                remaining -= 8
            }
            if remaining > 0 {
                writeEntry(position, units: remaining, currentLine: &currentLine, into: &out)
            }
        }
        return out
    }

    private static func writeEntry(_ position: SourcePosition, units: Int, currentLine: inout Int,
                                   into out: inout [UInt8]) {
        func start(_ code: Int) { out.append(UInt8(0x80 | code << 3 | (units - 1))) }
        guard let line = position.line, line >= 0 else {
            start(noneForm)
            return
        }
        let lineDelta = line &- currentLine  // wrapping: absurd inputs must not trap
        let column = max(position.column ?? -1, -1)
        let endColumn = max(position.endColumn ?? -1, -1)
        let endLine = position.endLine ?? -1
        if column < 0 || endColumn < 0 {
            if endLine == line || endLine == -1 {
                start(noColumnForm)
                writeSignedVarint(lineDelta, into: &out)
                currentLine = line
                return
            }
        } else if endLine == line {
            if lineDelta == 0 && column < 80 && endColumn >= column && endColumn - column < 16 {
                start(column >> 3)
                out.append(UInt8((column & 7) << 4 | (endColumn - column)))
                return
            }
            if lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128 {
                start(10 + lineDelta)
                out.append(UInt8(column))
                out.append(UInt8(endColumn))
                currentLine = line
                return
            }
        }
        start(longForm)
        writeSignedVarint(lineDelta, into: &out)
        writeVarint(endLine > line ? UInt(endLine - line) : 0, into: &out)
        writeVarint(UInt(bitPattern: column &+ 1), into: &out)  // column, endColumn >= -1
        writeVarint(UInt(bitPattern: endColumn &+ 1), into: &out)
        currentLine = line
    }

    private static func writeVarint(_ value: UInt, into out: inout [UInt8]) {
        var v = value
        while v >= 64 {
            out.append(UInt8(64 | v & 63))
            v >>= 6
        }
        out.append(UInt8(v))
    }

    private static func writeSignedVarint(_ value: Int, into out: inout [UInt8]) {
        if value < 0 {
            writeVarint(value.magnitude << 1 | 1, into: &out)
        } else {
            writeVarint(UInt(value) << 1, into: &out)
        }
    }
}
