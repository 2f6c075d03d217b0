// Marshal reader/writer against CPython's marshal module.
import Foundation
import Testing
@testable import PyBytecode

@Suite struct MarshalTests {
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func stdlibPycFilesRoundTripByteIdentically() throws {
        let files = Oracle.stdlibFiles(suffix: ".pyc")
        let chosen = Oracle.fullStdlib ? files : Oracle.sample(files, count: 150)
        #expect(chosen.count > 100)
        for path in chosen {
            let original = try Self.bytes(path)
            let pyc = try PycFile.parse(original)
            #expect(try pyc.serialize() == original, "\(path)")
        }
    }

    /// Values of every type code, dumped by CPython; reading and writing back must give the
    /// same bytes, and the default writer's output must load in CPython to an equal value.
    @Test func everyTypeCodeRoundTrips() throws {
        let script = """
            import marshal, sys
            values = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
                      2**63, -2**63, 2**64 + 12345, -(2**200) + 7, 1.5, -0.0, float('inf'), float('nan'), 1e300,
                      1j, complex(-0.0, 2.5), b'', b'\\x00\\xff', '', 'abc', 'x' * 300, 'é', '\\u20ac', '\\U0001F600',
                      '\\ud800', (), (1,), tuple(range(300)), [1, [2]], {'a': 1, 2: (3,)}, {1, 2}, frozenset(),
                      frozenset({'a', 'b'}), compile('def f(a, *b, c=1, **d):\\n  return a', 'm.py', 'exec')]
            shared = 'shared-string'
            values.append((shared, shared, [shared]))
            for v in values:
                sys.stdout.write(marshal.dumps(v).hex() + '\\n')
            """
        let lines = try Oracle.pythonText(script).split(separator: "\n")
        #expect(lines.count == 42)
        var rewritten: [String] = []
        for line in lines {
            let data = Self.hexBytes(String(line))
            var reader = MarshalReader(data)
            let value = try reader.readObject()
            #expect(try MarshalWriter.dump(value, layout: reader.layout) == data, "\(line)")
            rewritten.append(Self.hex(try MarshalWriter.dump(value)))
        }
        // CPython compares our default encoding with its own values.
        let check = """
            import marshal, sys
            for original, ours in zip(sys.argv[1].split(), sys.argv[2].split()):
                a, b = marshal.loads(bytes.fromhex(original)), marshal.loads(bytes.fromhex(ours))
                same = a == b if hasattr(a, 'co_code') else repr(a) == repr(b)
                print('same' if same and type(a) is type(b) else f'differ {a!r} {b!r}')
            """
        let verdicts = try Oracle.pythonText(check, [lines.joined(separator: " "), rewritten.joined(separator: " ")])
            .split(separator: "\n")
        #expect(verdicts.count == lines.count)
        for verdict in verdicts { #expect(verdict == "same") }
    }

    @Test func malformedDataGivesCPythonsErrors() throws {
        #expect(throws: MarshalError.eof) { try MarshalReader.load([]) }
        #expect(throws: MarshalError.bad("unknown type code")) { try MarshalReader.load([0x01]) }
        #expect(throws: MarshalError.bad("invalid reference")) { try MarshalReader.load([0x72, 5, 0, 0, 0]) }
        #expect(throws: MarshalError.tooShort) { try MarshalReader.load([0x69, 1, 2]) }
        #expect(throws: MarshalError.tooShort) { try MarshalReader.load([0x29, 200]) }
        // A size field far beyond the data fails before allocating.
        #expect(throws: MarshalError.tooShort) { try MarshalReader.load([0x5B, 0xFF, 0xFF, 0xFF, 0x7F]) }
        #expect(throws: MarshalError.bad("unnormalized long data")) { try MarshalReader.load([0x6C, 1, 0, 0, 0, 0, 0]) }
        // Nesting deeper than CPython's limit is refused, not a stack overflow.
        let deep = [UInt8](repeating: 0x5B, count: 1) + [1, 0, 0, 0]
        var nested: [UInt8] = []
        for _ in 0..<3000 { nested += deep }
        nested.append(0x4E)
        #expect(throws: MarshalError(.valueError, "recursion limit exceeded")) { try MarshalReader.load(nested) }
    }

    @Test func pycHeaderIsChecked() throws {
        #expect(throws: MarshalError.self) { try PycFile.parse([0xA7, 0x0D]) }
        #expect(throws: MarshalError.self) { try PycFile.parse([UInt8](repeating: 0, count: 20)) }
        var header = PycFile.magic + [4, 0, 0, 0] + [UInt8](repeating: 0, count: 8)
        #expect(throws: MarshalError(.valueError, "invalid flags 4 in .pyc header")) { try PycFile.parse(header + [0x4E]) }
        header[4] = 0
        #expect(throws: MarshalError.self) { try PycFile.parse(header + [0x4E]) }  // not a code object
    }

    /// Timestamp, checked-hash and unchecked-hash .pyc files written by py_compile.
    @Test func everyPycFlavourParsesAndRoundTrips() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pyvm-pyc-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("m.py")
        try "x = {'a': 1}\ndef f(y):\n    return x, y\n".write(to: source, atomically: true, encoding: .utf8)
        let script = """
            import py_compile, sys
            src = sys.argv[1]
            for mode, name in [(py_compile.PycInvalidationMode.TIMESTAMP, 'ts'),
                               (py_compile.PycInvalidationMode.CHECKED_HASH, 'checked'),
                               (py_compile.PycInvalidationMode.UNCHECKED_HASH, 'unchecked')]:
                py_compile.compile(src, cfile=src + '.' + name + '.pyc', invalidation_mode=mode, doraise=True)
            """
        _ = try Oracle.python(script, [source.path])
        for (name, flags) in [("ts", UInt32(0)), ("checked", 3), ("unchecked", 1)] {
            let bytes = try Self.bytes(source.path + "." + name + ".pyc")
            let pyc = try PycFile.parse(bytes)
            #expect(pyc.flags == flags, "\(name)")
            #expect(pyc.isHashBased == (flags & 1 != 0))
            #expect(pyc.checksSource == (flags & 2 != 0))
            #expect(Array(bytes[8..<16]) == pyc.validation)
            #expect(try pyc.serialize() == bytes, "\(name)")
            #expect(pyc.code.name == "<module>")
        }
    }

    static func hexBytes(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            result.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
