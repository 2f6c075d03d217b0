// Execution limits (Embedding/ExecutionLimits.swift): from the Swift API, a stopped program
// leaves the host process and the runtime usable; from the command line, each -X limit
// stops its program with exit status 1 and one stderr line. python3 has no such limits,
// so these are not differential cases: the expected stop lines are pyvm's own format.
import Foundation
import PyBytecode
import PyRuntime
import Testing

enum LimitSupport {
    /// `source` compiled by python3 (the oracle's compiler), as a code object.
    static func compile(_ source: String) throws -> CodeObject {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c",
                             "import marshal, sys; sys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.read(), '<limits>', 'exec')))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard case .code(let code) = try MarshalReader.load(Array(data)) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return code
    }

    /// Runs pyvm with `arguments` on a script holding `source`: (status, stdout, stderr, seconds).
    static func runCLI(_ arguments: [String], _ source: String) throws -> (Int32, String, String, Double) {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("pyvm-limits-\(UUID().uuidString).py")
        try source.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Cases.pyvm)
        process.arguments = arguments + [script.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = Date()
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self),
                Date().timeIntervalSince(start))
    }
}

@Suite struct LimitTests {
    static let uncatchableLoop = """
        print("start")
        try:
            while True:
                pass
        except BaseException:
            print("caught")
        finally:
            print("finally")
        """

    @Test func instructionLimitStopsAndTheRuntimeGoesOn() throws {
        let host = CapturingHost()
        let runtime = Runtime(host: host)
        runtime.armLimits(ExecutionLimits(maxInstructions: 100_000))
        let status = runtime.runMain(try LimitSupport.compile(Self.uncatchableLoop), path: nil)
        #expect(status == 1)
        #expect(host.stdout == "start\n")
        #expect(host.stderr == "pyvm: instruction limit of 100000 reached\n")
        #expect(runtime.limitStop != nil)
        // The same process, and the same runtime once the limits are lifted, run on.
        runtime.armLimits(ExecutionLimits())
        let again = runtime.runMain(try LimitSupport.compile("print(sum(range(10)))"), path: nil)
        #expect(again == 0)
        #expect(host.stdout == "start\n45\n")
        let fresh = CapturingHost()
        #expect(Runtime(host: fresh).runMain(try LimitSupport.compile("print('fresh')"), path: nil) == 0)
        #expect(fresh.stdout == "fresh\n")
    }

    @Test func recursionCountsAgainstTheInstructionLimit() throws {
        let host = CapturingHost()
        let runtime = Runtime(host: host)
        runtime.armLimits(ExecutionLimits(maxInstructions: 50_000))
        let source = "def f(n):\n    return f(n + 1) if n < 500 else 0\nwhile True:\n    f(0)\n"
        #expect(runtime.runMain(try LimitSupport.compile(source), path: nil) == 1)
        #expect(host.stderr == "pyvm: instruction limit of 50000 reached\n")
    }

    /// A module whose exception table sends the RAISE_VARARGS at offset 8 back to offset 4
    /// (POP_TOP, then the raise again): a loop with no backward jump, endless under python3.
    static let exceptionTableLoopPyc = "a70d0d0a000000000000000000000000e30000000000000000000000000200000000000000f30a00000097006e01010065008201a9014ea901da0a56616c75654572726f72a900f300000000fa076c6f6f702e7079fa083c6d6f64756c653e720800000001000000f301000000fc730400000083020200"

    @Test func aLoopThroughTheExceptionTableStopsAtTheInstructionLimit() throws {
        let hex = Array(Self.exceptionTableLoopPyc.utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
        let code = try PycFile.parse(bytes).code
        try CodeVerifier.verify(code, recursive: true)
        let host = CapturingHost()
        let runtime = Runtime(host: host)
        runtime.armLimits(ExecutionLimits(maxInstructions: 100_000))
        #expect(runtime.runMain(code, path: nil) == 1)
        #expect(host.stderr == "pyvm: instruction limit of 100000 reached\n")
    }

    @Test func commandLineInstructionLimit() throws {
        let (status, out, err, _) = try LimitSupport.runCLI(["-X", "max-instructions=1000000"], Self.uncatchableLoop)
        #expect(status == 1)
        #expect(out == "start\n")
        #expect(err == "pyvm: instruction limit of 1000000 reached\n")
    }

    @Test func commandLineTimeout() throws {
        let (status, out, err, seconds) = try LimitSupport.runCLI(["-X", "timeout=1"], "print('start')\nwhile True:\n    pass\n")
        #expect(status == 1)
        #expect(out == "start\n")
        #expect(err == "pyvm: time limit of 1 s reached\n")
        // 1.01 s measured on an idle machine; the margin is for loaded CI machines.
        #expect(seconds >= 1 && seconds < 1.5)
    }

    @Test(arguments: ["x = [0] * 10**9\nprint('allocated')\n",
                      "s = []\nwhile True:\n    s.append(str(len(s)) * 100)\n",
                      "x = list(range(10**9))\n", "x = b'ab' * 10**9\n", "x = 1 << 10**10\n",
                      "x = 7 ** 10**9\n"])
    func commandLineMemoryLimit(_ source: String) throws {
        let (status, out, err, _) = try LimitSupport.runCLI(["-X", "max-memory=100"], source)
        #expect(status == 1)
        #expect(out == "")
        #expect(err == "pyvm: memory limit of 100 MB reached\n")
    }

    @Test func badLimitValues() throws {
        let (status, _, err, _) = try LimitSupport.runCLI(["-X", "max-instructions=lots"], "print(1)\n")
        #expect(status == 2)
        #expect(err == "pyvm: -X max-instructions needs a positive integer\n")
    }
}
