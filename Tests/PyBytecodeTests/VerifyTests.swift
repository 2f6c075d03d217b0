// Tests for Sources/PyBytecode/Verify: python3-compiled code objects pass; one edited copy
// per rule is rejected, naming the rule.
import Foundation
import Testing
@testable import PyBytecode

@Suite struct VerifyTests {
    static let source = """
    def plain(a, b):
        for i in a:
            g(i)
        if a < b:
            return a.x + b
        return a
    def outer(a):
        def inner():
            return a
        return inner
    def gen(n):
        yield n
    def guarded(a):
        try:
            return a.b
        except KeyError:
            return None
    """

    static func code(_ name: String) throws -> CodeObject {
        try TransformTests.function(name, in: source)
    }

    /// The rule named by the VerifyError `code` raises (nil when it verifies).
    static func rule(_ code: CodeObject) -> String? {
        do { try CodeVerifier.verify(code); return nil } catch let error as VerifyError {
            return error.rule
        } catch { return "unexpected \(error)" }
    }

    /// `code` with the instruction (opcode unit) at `offset` replaced.
    static func patched(_ code: CodeObject, at offset: Int, _ opcode: Opcode, _ arg: Int) -> CodeObject {
        var edited = code
        edited.code[offset] = opcode.rawValue
        edited.code[offset + 1] = UInt8(truncatingIfNeeded: arg)
        return edited
    }

    static func first(_ opcode: Opcode, in code: CodeObject) throws -> Int {
        try TransformTests.offset(of: opcode, in: code)
    }

    @Test func compiledCodeVerifies() throws {
        let module = try TransformTests.compile(Self.source)
        try CodeVerifier.verify(module, recursive: true)
    }

    @Test func opcodesAndCaches() throws {
        let plain = try Self.code("plain")
        #expect(Self.rule(Self.patched(plain, at: 0, .CACHE, 0)) == "opcode")
        var unknown = plain
        unknown.code[0] = 255
        #expect(Self.rule(unknown) == "instruction stream")
        var cache = plain
        cache.code[try Self.first(.LOAD_GLOBAL, in: plain) + 2] = 1
        #expect(Self.rule(cache) == "inline cache")
    }

    @Test func argumentRanges() throws {
        let plain = try Self.code("plain")
        let loadGlobal = try Self.first(.LOAD_GLOBAL, in: plain)
        #expect(Self.rule(Self.patched(plain, at: loadGlobal, .LOAD_GLOBAL, 2 * plain.names.count)) == "argument range")
        let loadFast = try Self.first(.LOAD_FAST, in: plain)
        #expect(Self.rule(Self.patched(plain, at: loadFast, .LOAD_CONST, plain.consts.count)) == "argument range")
        #expect(Self.rule(Self.patched(plain, at: loadFast, .LOAD_FAST, plain.localsplusnames.count)) == "argument range")
        #expect(Self.rule(Self.patched(plain, at: loadFast, .LOAD_DEREF, 0)) == "argument range")
        let compare = try Self.first(.COMPARE_OP, in: plain)
        #expect(Self.rule(Self.patched(plain, at: compare, .COMPARE_OP, 6)) == "argument range")
        let binary = try Self.first(.BINARY_OP, in: plain)
        #expect(Self.rule(Self.patched(plain, at: binary, .BINARY_OP, 26)) == "argument range")
        let loadAttr = try Self.first(.LOAD_ATTR, in: plain)
        #expect(Self.rule(Self.patched(plain, at: loadAttr, .LOAD_ATTR, plain.names.count)) == "argument range")
        let precall = try Self.first(.PRECALL, in: plain)
        #expect(Self.rule(Self.patched(plain, at: precall, .PRECALL, 2)) == "argument range")
        let returnValue = try Self.first(.RETURN_VALUE, in: plain)
        #expect(Self.rule(Self.patched(plain, at: returnValue, .RAISE_VARARGS, 3)) == "argument range")
    }

    @Test func jumpsAndStackDepths() throws {
        let plain = try Self.code("plain")
        // Three units back from the loop's end is CALL's last cache unit, not an instruction.
        let jump = try Self.first(.JUMP_BACKWARD, in: plain)
        #expect(Self.rule(Self.patched(plain, at: jump, .JUMP_BACKWARD, 3)) == "control flow and stack depth")
        // Dropping the POP_TOP after g(i) grows the stack on each iteration.
        let popTop = try Self.first(.POP_TOP, in: plain)
        #expect(Self.rule(Self.patched(plain, at: popTop, .NOP, 0)) == "control flow and stack depth")
        // COPY 1 keeps the net effect but reads from an empty stack.
        let loadFast = try Self.first(.LOAD_FAST, in: plain)
        #expect(Self.rule(Self.patched(plain, at: loadFast, .COPY, 1)) == "stack depth")
        var small = plain
        small.stacksize = 1
        #expect(Self.rule(small) == "stack depth")
    }

    @Test func tablesLayoutAndFlags() throws {
        let guarded = try Self.code("guarded")
        var table = guarded
        let entries = try ExceptionTable.parse(guarded.exceptiontable)
        table.exceptiontable = ExceptionTable.encode(entries.reversed())
        #expect(entries.count > 1 && Self.rule(table) == "exception table")
        var outside = guarded
        var moved = entries
        moved[moved.count - 1].end = guarded.code.count / 2 + 1
        outside.exceptiontable = ExceptionTable.encode(moved)
        #expect(Self.rule(outside) == "exception table")
        var lines = guarded
        lines.linetable.removeLast(2)
        #expect(Self.rule(lines) == "location table")
        var kinds = try Self.code("outer")
        kinds.localspluskinds[0] = 0x10
        #expect(Self.rule(kinds) == "localsplus layout")
        var generator = try Self.code("gen")
        generator.flags.remove(.generator)
        #expect(Self.rule(generator) == "flags")
        var inner = try Self.code("outer")
        inner.flags.insert(.coroutine)
        #expect(Self.rule(inner) == "flags")
    }
}
