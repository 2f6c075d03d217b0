// Differential tests of PyRepr and PyHash against python3 (CPython 3.11, PYTHONHASHSEED=0):
// every expectation is printed by python3 for the same generated values.
import Foundation
import Testing
@testable import PyBytecode

@Suite(.serialized) struct ReprTests {
    // MARK: repr

    @Test func floatRepr() throws {
        var values = edgeFloats.map { PyConstant.float($0) }
        var rng = SplitMix64(seed: 1)
        for _ in 0..<40_000 { values.append(.float(Double(bitPattern: rng.next()))) }
        for exponent in -330...310 {
            for mantissa in ["1", "5", "9.999", "1.2345678901234567", "4.9", "2.5"] {
                values.append(.float(Double("\(mantissa)e\(exponent)")!))
            }
        }
        for _ in 0..<5_000 {
            let digits = rng.next() % 100_000_000_000_000_000
            let exponent = Int(rng.next() % 40) - 25
            values.append(.float(Double("\(digits)e\(exponent)")!))
            values.append(.float(Double(Int64(bitPattern: rng.next()) >> (rng.next() % 64))))
        }
        for shift in 0..<64 {
            let power = Double(sign: .plus, exponent: shift, significand: 1)
            values += [.float(power), .float(power + 1), .float(power - 1), .float(-power)]
        }
        try compareRepr(values)
    }

    @Test func complexRepr() throws {
        var values: [PyConstant] = []
        for re in edgeFloats.prefix(40) {
            for im in edgeFloats.prefix(40) { values.append(.complex(real: re, imag: im)) }
        }
        var rng = SplitMix64(seed: 2)
        for _ in 0..<3_000 {
            values.append(.complex(real: Double(bitPattern: rng.next()), imag: Double(bitPattern: rng.next())))
            values.append(.complex(real: Double(Int(rng.next() % 2000)) - 1000, imag: Double(Int(rng.next() % 7)) / 4))
        }
        try compareRepr(values)
    }

    @Test func strReprEveryCodePoint() throws {
        var values: [PyConstant] = (0...0x3000).map { .str(PyStr(codePoints: [UInt32($0)])) }
        for start in stride(from: 0, to: 0x110000, by: 64) {
            values.append(.str(PyStr(codePoints: (start..<start + 64).map { UInt32($0) })))
        }
        try compareRepr(values)
    }

    @Test func strReprQuotesAndMixtures() throws {
        var values: [PyConstant] = [
            "", "'", "\"", "'\"", "\"'", "a'b", "a\"b", "it's \"x\"", "\\", "\\'", "\t\n\r\u{0B}\u{0C}",
            "\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", "caf\u{E9}", "\u{2028}\u{2029}\u{3000}\u{FEFF}\u{200B}",
            "\u{1F600}\u{E000}\u{F8FF}\u{10FFFF}\u{FFFE}", "\u{0378}\u{1F6D8}", "é'\"",
        ].map { PyConstant.str(PyStr($0)) }
        values.append(.str(PyStr(codePoints: [0xD800, 0x61, 0xDFFF, 0xD83D, 0xDE00, 0x27])))
        var rng = SplitMix64(seed: 3)
        for _ in 0..<3_000 { values.append(.str(randomStr(&rng, maxLength: 30))) }
        try compareRepr(values)
    }

    /// Python's `str.isprintable()` against `PyRepr.isPrintable` for every code point.
    @Test func printabilityEveryCodePoint() throws {
        let output = try runPython(
            "import sys\nsys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))",
            input: "")
        let expected = Array(output.utf8)
        try #require(expected.count == 0x110000, "python3 printed \(expected.count) flags")
        var mismatches: [String] = []
        for c in 0..<0x110000 where PyRepr.isPrintable(UInt32(c)) != (expected[c] == UInt8(ascii: "1")) {
            mismatches.append("U+" + String(c, radix: 16, uppercase: true))
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) code points differ: \(mismatches.prefix(40))")
    }

    @Test func bytesRepr() throws {
        var values: [PyConstant] = (0..<256).map { .bytes([UInt8($0)]) }
        values.append(.bytes((0..<256).map { UInt8($0) }))
        values += [[], [0x27], [0x22], [0x27, 0x22], [0x61, 0x27, 0x62], [0x5C, 0x27]].map { PyConstant.bytes($0) }
        var rng = SplitMix64(seed: 4)
        for _ in 0..<1_000 {
            values.append(.bytes((0..<Int(rng.next() % 20)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }))
        }
        try compareRepr(values)
    }

    @Test func intRepr() throws {
        var values: [PyConstant] = [.int(0), .int(1), .int(-1), .int(Int.max), .int(Int.min), .bool(true), .bool(false)]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<1_000 { values.append(.int(Int(bitPattern: UInt(rng.next())) >> Int(rng.next() % 64))) }
        for _ in 0..<300 { values.append(.bigInt(randomBigInt(&rng, maxDigits: 1_200))) }
        // Around the 4300-digit limit of int-to-str conversion.
        let power4299 = bigInt(decimal: "1" + String(repeating: "0", count: 4299))
        let power4300 = bigInt(decimal: "1" + String(repeating: "0", count: 4300))
        let nines4300 = bigInt(decimal: String(repeating: "9", count: 4300))
        for big in [power4299, power4300, nines4300] {
            values += [.bigInt(big), .bigInt(PyBigInt(isNegative: true, digits: big.digits))]
        }
        values.append(.bigInt(PyBigInt(isNegative: false, digits: Array(repeating: 0x7FFF, count: 2_000))))
        try compareRepr(values)
    }

    @Test func containerRepr() throws {
        let one = PyConstant.int(1)
        var values: [PyConstant] = [
            .none, .ellipsis, .stopIteration, .tuple([]), .tuple([one]), .tuple([one, .str("a")]),
            .list([]), .list([one, .none, .list([.ellipsis])]), .dict([]),
            .dict([PyDictEntry(key: .str("k"), value: .tuple([one]))]),
            .dict([PyDictEntry(key: one, value: .str("a")), PyDictEntry(key: .bool(true), value: .str("b")),
                   PyDictEntry(key: .float(1.0), value: .str("c")), PyDictEntry(key: .int(2), value: .str("d"))]),
            .set([]), .set([one, .int(2)]), .frozenset([]), .frozenset([.frozenset([])]),
            .tuple([.frozenset([.int(3), .int(1)]), .set([.str("x")]), .stopIteration, .ellipsis]),
            .tuple([.bytes([0x27]), .complex(real: 0, imag: -1), .float(-0.0)]),
            .tuple([.bigInt(bigInt(decimal: "1" + String(repeating: "0", count: 4300))), .list([])]),
            .tuple([.int(5), .list([.tuple([.bigInt(bigInt(decimal: String(repeating: "7", count: 4301)))])])]),
        ]
        var rng = SplitMix64(seed: 6)
        for _ in 0..<1_500 { values.append(randomContainer(&rng, depth: 3)) }
        try compareRepr(values)
    }

    @Test func codeRepr() throws {
        let values: [PyConstant] = [
            .code(CodeObject(code: returnNone, consts: [.none], filename: "m.py", name: "<module>", qualname: "<module>", firstlineno: 1)),
            .code(CodeObject(code: returnNone, consts: [.none], filename: "/tmp/x y.py", name: "f", qualname: "C.f", firstlineno: 1234)),
            .code(CodeObject(code: returnNone, consts: [.none], filename: "it's \"q\".py", name: "<lambda>", qualname: "<lambda>", firstlineno: 0)),
            .code(CodeObject(code: returnNone, consts: [.none], filename: "caf\u{E9}\u{1F600}.py", name: "g\u{E9}", qualname: "g", firstlineno: -5)),
            .tuple([.code(CodeObject(code: returnNone, consts: [.none], filename: "a", name: "b", qualname: "b", firstlineno: 7)), .none]),
        ]
        try compareRepr(values)
    }

    /// RecursionError when nested reprs exceed what `repr()` at module level allows.
    @Test func reprDepthLimit() throws {
        let cases: [(String, Int)] = [
            ("tuple", 996), ("tuple", 997), ("tuple", 998), ("tuple", 1500),
            ("list", 997), ("list", 998), ("dict", 997), ("dict", 998),
            ("frozenset", 497), ("frozenset", 498), ("frozenset", 499), ("set-in-tuple", 995),
            ("set-in-tuple", 996), ("empty-frozenset-in-tuple", 997), ("empty-frozenset-in-tuple", 998),
        ]
        func build(_ kind: String, _ n: Int) -> PyConstant {
            var x: PyConstant
            switch kind {
            case "set-in-tuple": x = .frozenset([.int(1)])
            case "empty-frozenset-in-tuple": x = .frozenset([])
            default: x = .int(1)
            }
            for _ in 0..<n {
                switch kind {
                case "list": x = .list([x])
                case "dict": x = .dict([PyDictEntry(key: .int(1), value: x)])
                case "frozenset": x = .frozenset([x])
                default: x = .tuple([x])
                }
            }
            return x
        }
        let script = #"""
        import sys
        for line in sys.stdin.read().split():
            kind, n = line.split(':'); n = int(n)
            x = frozenset([1]) if kind == 'set-in-tuple' else frozenset() if kind == 'empty-frozenset-in-tuple' else 1
            for i in range(n):
                x = [x] if kind == 'list' else {1: x} if kind == 'dict' else frozenset([x]) if kind == 'frozenset' else (x,)
            try:
                print('R' + repr(x).encode().hex())
            except Exception as e:
                print('E' + type(e).__name__ + ': ' + str(e))
        """#
        let output = try runPython(script, input: cases.map { "\($0.0):\($0.1)" }.joined(separator: "\n"))
        let expected = output.split(separator: "\n").map(String.init)
        try #require(expected.count == cases.count)
        for (index, (kind, n)) in cases.enumerated() {
            #expect(describeRepr(build(kind, n)) == decodeResult(expected[index]), "\(kind) nested \(n)")
        }
    }

    /// The same limit as `dis.dis` meets it, for a constant of the top-level code and of a
    /// code object nested one level.
    @Test func disDepthBudget() throws {
        let script = #"""
        import dis, io, sys
        for line in sys.stdin.read().split():
            nested, n = map(int, line.split(':'))
            x = 1
            for i in range(n): x = (x,)
            code = compile('pass', 'm', 'exec').replace(co_consts=(x, None))
            if nested: code = compile('pass', 'm', 'exec').replace(co_consts=(code, None))
            try:
                dis.dis(code, file=io.StringIO()); print('ok')
            except RecursionError:
                print('RecursionError')
        """#
        let cases = [(0, 990), (0, 991), (0, 992), (1, 989), (1, 990), (1, 991)]
        let output = try runPython(script, input: cases.map { "\($0.0):\($0.1)" }.joined(separator: "\n"))
        let expected = output.split(separator: "\n").map(String.init)
        try #require(expected.count == cases.count)
        for ((nested, n), want) in zip(cases, expected) {
            var value = PyConstant.int(1)
            for _ in 0..<n { value = .tuple([value]) }
            let got: String
            do {
                _ = try PyRepr.repr(value, depthBudget: PyRepr.disDepthBudget - nested)
                got = "ok"
            } catch let error as PyReprError {
                got = error.typeName
            }
            #expect(got == want, "tuple nested \(n) deep in a code object nested \(nested)")
        }
    }

    /// Element order of sets and frozensets built from marshal-ordered elements.
    @Test func frozensetOrder() throws {
        var values: [PyConstant] = []
        var rng = SplitMix64(seed: 7)
        let intRanges: [(Int, Int)] = [(0, 10), (0, 100), (-50, 50), (0, 10_000), (-1 << 40, 1 << 40)]
        for size in 0...200 {
            let (low, high) = intRanges[size % intRanges.count]
            values.append(.frozenset((0..<size).map { _ in .int(low + Int(rng.next() % UInt64(high - low))) }))
            values.append(.frozenset((0..<size).map { _ in .int(Int(rng.next() % 64) * [8, 32, 1024, 1 << 20][size % 4]) }))
            values.append(.frozenset((0..<size).map { _ in .str(randomStr(&rng, maxLength: 4, asciiOnly: size % 3 != 0)) }))
            values.append(.frozenset((0..<size).map { _ in randomHashable(&rng, depth: 1) }))
            if size % 10 == 0 { values.append(.set((0..<size).map { _ in randomHashable(&rng, depth: 1) })) }
        }
        for n in [0, 1, 5, 6, 18, 19, 20, 76, 77, 78, 300, 1_000, 5_000] {
            values.append(.frozenset((0..<n).map { .int($0) }))
            values.append(.frozenset((0..<n).reversed().map { .int($0 * 7919) }))
        }
        // Equal elements of different types: the first one inserted stays.
        let two53 = Double(sign: .plus, exponent: 53, significand: 1)
        let twoPow70 = bigInt(decimal: "1180591620717411303424")
        values += [
            .frozenset([.int(1), .bool(true), .float(1.0), .complex(real: 1, imag: 0)]),
            .frozenset([.float(1.0), .int(1), .bool(true)]),
            .frozenset([.complex(real: 0, imag: 0), .bool(false), .int(0), .float(-0.0)]),
            .frozenset([.float(-0.0), .float(0.0), .int(0)]),
            .frozenset([.float(two53), .int(1 << 53), .int((1 << 53) + 1), .float(two53 + 2)]),
            .frozenset([.bigInt(twoPow70), .float(1180591620717411303424.0), .float(1.5), .complex(real: 1.5, imag: 0)]),
            .frozenset([.str("a"), .str("a"), .bytes([0x61]), .tuple([.str("a")]), .tuple([.str("a")])]),
            .frozenset([.tuple([.int(1), .float(2)]), .tuple([.bool(true), .int(2)]), .tuple([.int(1)])]),
            .frozenset([.frozenset([.int(1), .int(2)]), .frozenset([.int(2), .int(1)]), .frozenset([])]),
            .frozenset([.int(-1), .int(-2), .bigInt(bigInt(decimal: "2305843009213693951")), .int(0)]),
        ]
        try compareRepr(values)
    }

    /// Small sets holding None, Ellipsis or StopIteration, whose hashes are addresses.
    @Test func frozensetOrderWithIdentityHashedElements() throws {
        guard try identityHashesMatchOracle() else { return }
        var values: [PyConstant] = []
        var rng = SplitMix64(seed: 8)
        var undetermined = 0
        for size in 1...30 {
            for _ in 0..<60 {
                var items = (0..<size).map { _ in PyConstant.int(Int(rng.next() % UInt64(4 * size + 8)) - 5) }
                items.insert([.none, .ellipsis, .stopIteration][Int(rng.next() % 3)], at: Int(rng.next() % UInt64(size)))
                if rng.next() % 2 == 0 { items.append(.none) }
                if rng.next() % 2 == 0 { items.insert(.ellipsis, at: 0) }
                // Probing past the second collision reads address bits ASLR randomizes.
                if orderIgnoresRandomizedAddressBits(items, &rng) {
                    values.append(.frozenset(items))
                } else {
                    undetermined += 1
                }
            }
        }
        values.append(.frozenset([.none, .ellipsis, .stopIteration, .str("x"), .int(1)]))
        #expect(values.count > 1_000, "only \(values.count) sets have an address-independent order (\(undetermined) do not)")
        try compareRepr(values)
    }

    // MARK: hash

    @Test func strAndBytesHash() throws {
        var values: [PyConstant] = []
        var rng = SplitMix64(seed: 9)
        for length in 0...40 {
            values.append(.str(PyStr(String(repeating: "a", count: length))))
            values.append(.bytes((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }))
            for (low, high) in [(0x20, 0x7F), (0x80, 0x100), (0x100, 0x10000), (0x10000, 0x110000), (0xD800, 0xE000)] {
                values.append(.str(PyStr(codePoints: (0..<length).map { _ in UInt32(low) + UInt32(rng.next() % UInt64(high - low)) })))
            }
        }
        for _ in 0..<2_000 { values.append(.str(randomStr(&rng, maxLength: 25))) }
        try compareHash(values)
    }

    @Test func numberHash() throws {
        var values: [PyConstant] = [
            .int(0), .int(1), .int(-1), .int(-2), .int(Int.max), .int(Int.min), .int((1 << 61) - 1), .int(1 << 61),
            .int(-(1 << 61) + 1), .int(-(1 << 61)), .int((1 << 62) - 2), .bool(true), .bool(false),
        ]
        var rng = SplitMix64(seed: 10)
        for _ in 0..<2_000 { values.append(.int(Int(bitPattern: UInt(rng.next())) >> Int(rng.next() % 64))) }
        for _ in 0..<500 { values.append(.bigInt(randomBigInt(&rng, maxDigits: 40))) }
        for float in edgeFloats where !float.isNaN { values.append(.float(float)) }
        for _ in 0..<5_000 {
            let d = Double(bitPattern: rng.next())
            if !d.isNaN { values.append(.float(d)) }
        }
        for _ in 0..<1_000 {
            values.append(.float(Double(Int64(bitPattern: rng.next()) >> (rng.next() % 64)) / 8))
            let re = Double(bitPattern: rng.next()), im = Double(Int(rng.next() % 100)) / 3
            if !re.isNaN { values.append(.complex(real: re, imag: im)) }
        }
        values += [.complex(real: 0, imag: 0), .complex(real: -1, imag: 0), .complex(real: 1, imag: 1),
                   .complex(real: .infinity, imag: -.infinity)]
        try compareHash(values)
    }

    @Test func containerHash() throws {
        var values: [PyConstant] = [
            .tuple([]), .tuple([.int(1)]), .tuple([.int(-1)]), .tuple([.tuple([])]), .list([]), .dict([]), .set([]),
            .tuple([.int(1), .list([])]), .frozenset([]), .frozenset([.int(1), .bool(true)]),
            .frozenset([.frozenset([]), .tuple([.str("a")])]),
        ]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<2_000 { values.append(randomHashable(&rng, depth: 3)) }
        for _ in 0..<300 { values.append(randomContainer(&rng, depth: 2)) }
        try compareHash(values)
    }

    @Test func codeHash() throws {
        var values: [PyConstant] = []
        var rng = SplitMix64(seed: 12)
        for index in 0..<200 {
            let varnames = (0..<Int(rng.next() % 4)).map { PyStr("v\($0)") }
            // No None: its hash is its address.
            let consts: [PyConstant] = [.int(index), randomHashable(&rng, depth: 2)] + (index % 5 == 0
                ? [.code(CodeObject(code: returnNone, consts: [.int(index)], filename: "i.py", name: "inner", qualname: "inner"))] : [])
            values.append(.code(CodeObject(
                argcount: Int32(min(varnames.count, index % 3)), posonlyargcount: 0,
                kwonlyargcount: 0, stacksize: 1, flags: CodeFlags(rawValue: Int32(rng.next() % 0x400) & ~0xC),  // no *args/**kwargs slots
                code: returnNone, consts: consts,
                names: (0..<Int(rng.next() % 3)).map { PyStr("n\($0)") }, localsplusnames: varnames,
                localspluskinds: varnames.map { _ in 0x20 }, filename: "f.py", name: PyStr("f\(index)"),
                qualname: PyStr("f\(index)"), firstlineno: Int32(index),
                linetable: (0..<Int(rng.next() % 9)).map { _ in UInt8(truncatingIfNeeded: rng.next()) },
                exceptiontable: (0..<Int(rng.next() % 3)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })))
        }
        try compareHash(values)
    }

    /// The low 8 bits of hash(None), hash(...) and hash(StopIteration) come from the page
    /// offsets of those static objects in python3's libpython; PyHash assumes the offsets
    /// of the python3.11.7 build on the project's machines.
    @Test func identityHashLowBits() throws {
        #expect(try identityHashesMatchOracle(),
                "python3's libpython puts None/Ellipsis/StopIteration at other page offsets than PyHash assumes")
    }
}

// MARK: - Oracle plumbing

/// Helpers shared by the repr and hash scripts: each input line is a Python expression
/// describing one value; markers stand for sets, frozensets and dicts whose elements must
/// be added in the given order, so the value is built the way marshal builds it.
private let pythonPrelude = #"""
import sys, marshal, struct, types
class FS(list): pass
class ST(list): pass
class DI(list): pass
def F(bits): return struct.unpack('<d', struct.pack('<Q', bits))[0]
def C(re, im): return complex(F(re), F(im))
def S(h): return bytes.fromhex(h).decode('utf-8', 'surrogatepass')
B = bytes.fromhex
def BI(neg, digits):
    v = 0
    for d in reversed(digits): v = (v << 15) | d
    return -v if neg else v
def m(x):
    n = lambda k: struct.pack('<i', k)
    if type(x) is FS: return b'>' + n(len(x)) + b''.join(m(e) for e in x)
    if type(x) is ST: return b'<' + n(len(x)) + b''.join(m(e) for e in x)
    if type(x) is DI: return b'{' + b''.join(m(k) + m(v) for k, v in x) + b'0'
    if type(x) is tuple: return b'(' + n(len(x)) + b''.join(m(e) for e in x)
    if type(x) is list: return b'[' + n(len(x)) + b''.join(m(e) for e in x)
    return marshal.dumps(x, 2)
def build(x): return marshal.loads(m(x))
def CO(name, filename, qualname, firstlineno, argcount, posonly, kwonly, flags, code, consts, names, varnames, linetable, exctable):
    return types.CodeType(argcount, posonly, kwonly, len(varnames), 1, flags, code,
        tuple(build(c) for c in consts), names, varnames, filename, name, qualname, firstlineno,
        linetable, exctable, (), ())
"""#

private let reprScript = pythonPrelude + "\n" + #"""
for line in sys.stdin.read().split('\n'):
    if not line: continue
    try:
        value = build(eval(line))
    except Exception as e:
        print('Xbuild ' + type(e).__name__ + ': ' + str(e)); continue
    try:
        print('R' + repr(value).encode('utf-8', 'surrogatepass').hex())
    except Exception as e:
        print('E' + type(e).__name__ + ': ' + str(e))
"""#

private let hashScript = pythonPrelude + "\n" + #"""
for line in sys.stdin.read().split('\n'):
    if not line: continue
    try:
        value = build(eval(line))
    except Exception as e:
        print('Xbuild ' + type(e).__name__ + ': ' + str(e)); continue
    try:
        print('H' + str(hash(value)))
    except TypeError:
        print('U')
"""#

/// Runs python3 (found on PATH) with PYTHONHASHSEED=0 on `script`, feeding `input` on stdin.
private func runPython(_ script: String, input: String) throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard let python = path.split(separator: ":").map({ $0 + "/python3" })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw OracleFailure(message: "python3 not found on PATH (\(path))")
    }
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("ReprTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputURL = directory.appendingPathComponent("input")
    let outputURL = directory.appendingPathComponent("output")
    let errorURL = directory.appendingPathComponent("error")
    try Data(input.utf8).write(to: inputURL)
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONHASHSEED"] = "0"
    environment["PYTHONIOENCODING"] = "utf-8"
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    let output = String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
    guard process.terminationStatus == 0 else {
        let error = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        throw OracleFailure(message: "python3 exited with \(process.terminationStatus): \(error.suffix(2_000))")
    }
    return output
}

private struct OracleFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// python3's repr of each value, run once for the whole batch, against PyRepr.repr.
private func compareRepr(_ values: [PyConstant], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let output = try runPython(reprScript, input: values.map(pythonExpression).joined(separator: "\n"))
    let expected = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    try #require(expected.count == values.count, "python3 printed \(expected.count) lines for \(values.count) values",
                 sourceLocation: sourceLocation)
    var mismatches: [String] = []
    for (value, line) in zip(values, expected) {
        #expect(!line.hasPrefix("X"), "python3 could not build \(pythonExpression(value).prefix(200)): \(line)",
                sourceLocation: sourceLocation)
        let want = normalizeAddresses(decodeResult(line))
        let got = normalizeAddresses(describeRepr(value))
        if got != want { mismatches.append("value \(pythonExpression(value).prefix(300))\n  python: \(want.prefix(300))\n  pyvm:   \(got.prefix(300))") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) of \(values.count) differ:\n\(mismatches.prefix(15).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

/// python3's hash of each value against PyHash.hash ("unhashable" for TypeError / nil).
private func compareHash(_ values: [PyConstant], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let output = try runPython(hashScript, input: values.map(pythonExpression).joined(separator: "\n"))
    let expected = output.split(separator: "\n").map(String.init)
    try #require(expected.count == values.count, "python3 printed \(expected.count) lines for \(values.count) values",
                 sourceLocation: sourceLocation)
    var mismatches: [String] = []
    for (value, line) in zip(values, expected) {
        #expect(!line.hasPrefix("X"), "python3 could not build \(pythonExpression(value).prefix(200)): \(line)",
                sourceLocation: sourceLocation)
        let want = line == "U" ? "unhashable" : String(line.dropFirst())
        let got = PyHash.hash(value).map { String($0) } ?? "unhashable"
        if got != want { mismatches.append("value \(pythonExpression(value).prefix(300)): python \(want), pyvm \(got)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) of \(values.count) differ:\n\(mismatches.prefix(15).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

/// Whether python3's identity hashes of None, Ellipsis and StopIteration agree with PyHash
/// in the low 8 bits, the ones that place them in a small set.
private func identityHashesMatchOracle() throws -> Bool {
    let output = try runPython("print(hash(None) & 255, hash(...) & 255, hash(StopIteration) & 255)", input: "")
    let ours = [PyConstant.none, .ellipsis, .stopIteration].map { String(PyHash.hash($0)! & 255) }
    return output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == ours
}

/// Whether a set built from `items` iterates in the same order whatever the address bits
/// above the page offset of None, Ellipsis and StopIteration are.
private func orderIgnoresRandomizedAddressBits(_ items: [PyConstant], _ rng: inout SplitMix64) -> Bool {
    func order(pageBits: UInt?) -> [PyConstant] {
        var table = PySetTable()
        for item in items {
            var hash = PyHash.hash(item)!
            let address: UInt?
            switch item {
            case .none: address = PyHash.noneAddress
            case .ellipsis: address = PyHash.ellipsisAddress
            case .stopIteration: address = PyHash.stopIterationAddress
            default: address = nil
            }
            if let address, let pageBits { hash = PyHash.pointerHash(address & 0xFFF | pageBits << 12) }
            table.add(item, hash: hash)
        }
        return table.elements
    }
    let nominal = order(pageBits: nil)
    return (0..<16).allSatisfy { _ in order(pageBits: UInt(rng.next() >> 20)) == nominal }
}

/// "R<hex of repr>" decoded, or "E<Type>: <message>" as is.
private func decodeResult(_ line: String) -> String {
    guard line.hasPrefix("R") else { return line }
    var bytes: [UInt8] = []
    var iterator = line.utf8.dropFirst().makeIterator()
    func nibble(_ c: UInt8) -> UInt8 { c <= UInt8(ascii: "9") ? c - UInt8(ascii: "0") : c - UInt8(ascii: "a") + 10 }
    while let high = iterator.next(), let low = iterator.next() { bytes.append(nibble(high) << 4 | nibble(low)) }
    return String(decoding: bytes, as: UTF8.self)
}

private func describeRepr(_ value: PyConstant) -> String {
    do {
        return try PyRepr.repr(value)
    } catch let error as PyReprError {
        return "E" + error.description
    } catch {
        return "E?\(error)"
    }
}

private func normalizeAddresses(_ text: String) -> String {
    text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0xADDR", options: .regularExpression)
}

private func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
    return String(decoding: out, as: UTF8.self)
}

/// A Python expression (using the prelude's helpers) for a value.
private func pythonExpression(_ value: PyConstant) -> String {
    func items(_ values: [PyConstant]) -> String { values.map(pythonExpression).joined(separator: ", ") }
    switch value {
    case .null: return "NULL_HAS_NO_PYTHON_VALUE"
    case .none: return "None"
    case .ellipsis: return "..."
    case .stopIteration: return "StopIteration"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return "(\(i))"
    case .bigInt(let big): return "BI(\(big.isNegative ? "True" : "False"), [\(big.digits.map(String.init).joined(separator: ","))])"
    case .float(let d): return "F(\(d.bitPattern))"
    case .complex(let re, let im): return "C(\(re.bitPattern), \(im.bitPattern))"
    case .str(let s): return "S('\(hex(s.utf8))')"
    case .bytes(let b): return "B('\(hex(b))')"
    case .tuple(let t): return "(" + t.map { pythonExpression($0) + "," }.joined() + ")"
    case .list(let l): return "[" + items(l) + "]"
    case .dict(let entries):
        return "DI([" + entries.map { "(\(pythonExpression($0.key)), \(pythonExpression($0.value)))" }.joined(separator: ", ") + "])"
    case .set(let s): return "ST([" + items(s) + "])"
    case .frozenset(let s): return "FS([" + items(s) + "])"
    case .code(let c):
        func strs(_ names: [PyStr]) -> String { "(" + names.map { "S('\(hex($0.utf8))')," }.joined() + ")" }
        return "CO(S('\(hex(c.name.utf8))'), S('\(hex(c.filename.utf8))'), S('\(hex(c.qualname.utf8))'), "
            + "\(c.firstlineno), \(c.argcount), \(c.posonlyargcount), \(c.kwonlyargcount), \(c.flags.rawValue), "
            + "B('\(hex(c.code))'), [\(items(c.consts))], \(strs(c.names)), \(strs(c.localsplusnames)), "
            + "B('\(hex(c.linetable))'), B('\(hex(c.exceptiontable))'))"
    }
}

// MARK: - Value generators

/// RESUME 0; LOAD_CONST 0; RETURN_VALUE.
private let returnNone: [UInt8] = [0x97, 0x00, 0x64, 0x00, 0x53, 0x00]

private let edgeFloats: [Double] = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.5, 1e16, -1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.00012345,
    1.5e-5, Double(bitPattern: 1), -Double(bitPattern: 1), 2.2250738585072014e-308, Double(bitPattern: 0x000F_FFFF_FFFF_FFFF), 1.7976931348623157e308,
    .infinity, -.infinity, .nan, -.nan, Double(bitPattern: 0x7FF0_0000_0000_0001), Double(bitPattern: 0xFFF8_0000_0000_1234),
    9007199254740992.0, 9007199254740994.0, 9223372036854775808.0, 18446744073709551616.0, 1e22, 1e23,
    123456789.123, 100.0, 1e100, 1.0 / 3, 2.0 / 3, 0.3, 1234567890123456.0, 12345678901234567.0, Double(bitPattern: 0x0000_1268_8B70_E62B), 4.35, 0.001,
    3.141592653589793, 2.718281828459045, 1e300 * 10, 299792458.0, 6.02214076e23, 1.602176634e-19, Double(bitPattern: 2),
]

private func randomStr(_ rng: inout SplitMix64, maxLength: Int, asciiOnly: Bool = false) -> PyStr {
    let length = Int(rng.next() % UInt64(maxLength + 1))
    let ranges: [(UInt32, UInt32)] = asciiOnly
        ? [(0x20, 0x7F)]
        : [(0x20, 0x7F), (0x20, 0x7F), (0, 0x20), (0x80, 0x100), (0x100, 0x800), (0x800, 0x10000),
           (0xD800, 0xE000), (0x10000, 0x110000), (0x1F300, 0x1FB00), (0x22, 0x28)]
    return PyStr(codePoints: (0..<length).map { _ in
        let (low, high) = ranges[Int(rng.next() % UInt64(ranges.count))]
        return low + UInt32(rng.next() % UInt64(high - low))
    })
}

private func randomBigInt(_ rng: inout SplitMix64, maxDigits: Int) -> PyBigInt {
    let count = 1 + Int(rng.next() % UInt64(maxDigits))
    return PyBigInt(isNegative: rng.next() % 2 == 0, digits: (0..<count).map { _ in UInt16(rng.next() & 0x7FFF) })
}

/// A hashable constant: scalars, tuples and frozensets of them.
private func randomHashable(_ rng: inout SplitMix64, depth: Int) -> PyConstant {
    switch rng.next() % (depth > 0 ? 12 : 10) {
    case 0: return .int(Int(rng.next() % 200) - 100)
    case 1: return .int(Int(bitPattern: UInt(rng.next())) >> Int(rng.next() % 64))
    case 2: return .bigInt(randomBigInt(&rng, maxDigits: 8))
    case 3:
        let d = rng.next() % 2 == 0 ? Double(Int(rng.next() % 64)) / 4 : Double(bitPattern: rng.next())
        return .float(d.isNaN ? 0.5 : d)
    case 4: return .str(randomStr(&rng, maxLength: 6))
    case 5: return .bytes((0..<Int(rng.next() % 5)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
    case 6: return .bool(rng.next() % 2 == 0)
    case 7: return .complex(real: Double(Int(rng.next() % 5)), imag: Double(Int(rng.next() % 3)))
    case 8: return .str(PyStr(String(UnicodeScalar(UInt8(97 + rng.next() % 26)))))
    case 9: return .int(Int(rng.next() % 16))
    case 10: return .tuple((0..<Int(rng.next() % 4)).map { _ in randomHashable(&rng, depth: depth - 1) })
    default: return .frozenset((0..<Int(rng.next() % 6)).map { _ in randomHashable(&rng, depth: depth - 1) })
    }
}

/// Any container: lists, dicts and sets too, with hashable keys and elements.
private func randomContainer(_ rng: inout SplitMix64, depth: Int) -> PyConstant {
    let count = Int(rng.next() % 5)
    switch depth > 0 ? rng.next() % 7 : 6 {
    case 0: return .tuple((0..<count).map { _ in randomContainer(&rng, depth: depth - 1) })
    case 1: return .list((0..<count).map { _ in randomContainer(&rng, depth: depth - 1) })
    case 2:
        return .dict((0..<count).map { _ in
            PyDictEntry(key: randomHashable(&rng, depth: 1), value: randomContainer(&rng, depth: depth - 1))
        })
    case 3: return .set((0..<count).map { _ in randomHashable(&rng, depth: 1) })
    case 4: return .frozenset((0..<count * 3).map { _ in randomHashable(&rng, depth: 2) })
    default: return randomHashable(&rng, depth: depth)
    }
}

/// A PyBigInt from decimal text (no sign), by repeated multiply-add in base 2**15.
private func bigInt(decimal: String) -> PyBigInt {
    var digits: [UInt32] = []
    for c in decimal.utf8 {
        var carry = UInt32(c - UInt8(ascii: "0"))
        for i in digits.indices {
            let value = digits[i] * 10 + carry
            digits[i] = value & 0x7FFF
            carry = value >> 15
        }
        while carry != 0 { digits.append(carry & 0x7FFF); carry >>= 15 }
    }
    return PyBigInt(isNegative: false, digits: digits.map { UInt16($0) })
}
