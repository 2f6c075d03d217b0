// The .pyc container: 16-byte header (magic 3495, flags, mtime+size or source hash)
// followed by the marshalled module code object.

public struct PycFile: Sendable, Equatable {
    /// The magic number CPython 3.11 writes (`a7 0d 0d 0a`).
    public static let magic: [UInt8] = [0xA7, 0x0D, 0x0D, 0x0A]
    public static let magicNumber = 3495

    /// Header flags (PEP 552): bit 0 = hash-based, bit 1 = check_source.
    public var flags: UInt32
    /// Source mtime and size (timestamp pycs) or the 8-byte source hash (hash-based pycs).
    public var validation: [UInt8]
    public var code: CodeObject
    /// Encoding decisions of the marshalled body, for byte-exact rewriting.
    public var layout: MarshalLayout?

    public var isHashBased: Bool { flags & 1 != 0 }
    public var checksSource: Bool { flags & 2 != 0 }

    public init(flags: UInt32 = 0, validation: [UInt8] = Array(repeating: 0, count: 8),
                code: CodeObject, layout: MarshalLayout? = nil) {
        self.flags = flags
        self.validation = validation
        self.code = code
        self.layout = layout
    }

    /// Parses a .pyc file. Errors: bad magic, invalid flags, short header, bad marshal data,
    /// or a body that is not a code object.
    public static func parse(_ data: [UInt8]) throws -> PycFile {
        guard data.count >= 16 else {
            throw MarshalError(.eofError, "pyc header is truncated (\(data.count) of 16 bytes)")
        }
        guard Array(data[0..<4]) == magic else {
            throw MarshalError(.valueError, "bad magic number in .pyc file")
        }
        let flags = UInt32(data[4]) | UInt32(data[5]) << 8 | UInt32(data[6]) << 16 | UInt32(data[7]) << 24
        guard flags & ~UInt32(3) == 0 else {
            throw MarshalError(.valueError, "invalid flags \(flags) in .pyc header")
        }
        var reader = MarshalReader(data, position: 16)
        let body = try reader.readObject()
        guard case .code(let code) = body else {
            throw MarshalError(.typeError, "the .pyc body is a \(body.typeName), not a code object")
        }
        return PycFile(flags: flags, validation: Array(data[8..<16]), code: code, layout: reader.layout)
    }

    /// The file's bytes: header plus the marshalled code (replaying `layout` when present).
    public func serialize() throws -> [UInt8] {
        var out = PycFile.magic
        for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: flags >> (8 * k))) }
        var validation = self.validation
        if validation.count != 8 { validation = Array((validation + Array(repeating: 0, count: 8)).prefix(8)) }
        out += validation
        out += try MarshalWriter.dump(.code(code), layout: layout)
        return out
    }
}
