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

    /// FuzzExecute's find: a mutated idlelib/delegator.pyc whose class body has a
    /// JUMP_BACKWARD_NO_INTERRUPT onto itself.
    static let noInterruptJumpLoopPyc = "a70d0d0a00000000c5e3fe6914040000e30000000000000000000000000400000000000000f356000000970002004700640084006401a6020000ab0200000000000000005a00650164026b02000000007215640364046c026d035a0301000200650364056406ac07a6020000ab020000000000000000010064085300640853002909630000000000000000000000000200000000000000f328000000970065005a0169005a026406640286015a03640384005a04640484005a05640584005a06640153002907da0944656c656761746f724e630200000000000000000000000200000003000000f33a00000097007c017c005f000000000000000000740300000000000000000000a6000000ab0000000000000000007c005f02000000000000000064005300a9014e2903da0864656c6567617465da03736574da115f44656c656761746f725f5f6361636865a902da0473656c66720600000073020000002020fa402f726f6f742f2e7079656e762f76657273696f6e732f332e31312e372f6c69622f707974686f6e332e31312f69646c656c69622f64656c656761746f722e7079da085f5f696e69f45f5f7a1244656c656761746f722e5f5f696e69745f5f0300000073180000008000d8182088048c0ddd171a9175947588048c0c880c880cf300000000630200000000000000000000000500000003000000f38600000097007401000000000000000000007c006a0100000000000000007c01a6020000ab0200000000000000007d027405000000000000000000007c007c017c02a6030000ab03000000000000000001007c006a030000000000000000a00400000000000000000000000000000000000000007c01a6010000ab01000000000000000001007c02530072050000002905da07676574617474727206000000da07736574617474727208000000da036164642903720a000000da046e616d65da04617474727303000000202020720b000000da0b5f5f676574617474725f5f7a1544656c656761746f722e5f5f676574617474725f5f0900000073400000008000dd0f169074947da064d10f2bd40f2b8804dd080f900490649844d10821d40821d00821d8080c8c0cd70818d208189814d1081ed4081ed0081ed80f13880b720d000000630100000000000000000000000500000003000000f38e00000097007c006a00000000000000000044005d237d0109007403000000000000000000007c007c01a6020000ab02000000000000000001008c14230074040000000000000000000024007203010059008c2077007803590077017c006a000000000000000000a0030000000000000000000000000000000000000000a6000000ab00000000000000000001006401530029027a3b52656d6f7665732061646465642061747472696275746573207768696c65206c656176696e67206f726967696e616c20617474726962757465732e4e29047208000000da0764656c61747472da0e4174747269627574654572726f72da05636c6561722902720a000000da036b657973020000002020720b000000da0a726573657463616368657a1444656c656761746f722e726573657463616368650f00000073670000008000f008001418943cf000040915f0000409158843f002030d15dd101798049863d11022d41022d01022d01022f8dd1321f000010d15f000010d15f000010d15d810149004f003010d15f8f8f8e0080c8c0cd7081ad2081ad1081cd4081cd0081cd0081cd0081c730c0000008b101c029c0a2905a8012905630200000000000000000000000200000003000000f33c00000097007c00a0000000000000000000000000000000000000000000a6000000ab00000000000000000001007c017c005f0100000000000000006401530029027a255265736574206174747269627574657320616e64206368616e67652064656c65676174652e4e2902721a0000007206000000720900000073020000002020720b000000da0b73657464656c65676174657a1544656c656761746f722e73657464656c65676174651a000000731d0000008000e0080c8f0f8a0fd10819d40819d00819d8182088048c0d880d880d720d00000072050000002907da085f5f6e616d655f5fda0a5f5f6d6f64756c655f5fda0c5f5f7175616c6e616d655f5f720c0000007214000000721a000000721c000000a900720d000000720b0000007203000000720300000001000000735500000080008000800080008000f00402051df00002051df00002051df00002051df00c040514f000040514f000040514f00c09051df00009051df00009051df016030521f000030521f000030521f000030521f000030521720d0000007203000000da085f5f6d61696e5f5fe9000000002901da046d61696e7a2069646c656c29622e69646c655f746573742e746573745f64656c656761746f72e9020000002901da09766572626f736974794e29047203000000721d000000da08756e69747465737472230000007220000000720d000000720b000000fa083c6d6f64756c653e7227000000010000007370000000f003010101f0021c0121f0001c0121f0001c0121f0001c0121f0001c0121f1001c0121f4001c0121f0001c0121f03e00040c887ad20319d00319d8041dd0041dd0041dd0041dd0041dd0041dd804088044d0092bb071d00439d10439d40439d00439d00439d00439f00500041ad00319720d000000"

    @Test(arguments: [exceptionTableLoopPyc, noInterruptJumpLoopPyc])
    func loopsWithoutAnOrdinaryBackwardJumpStopAtTheInstructionLimit(_ pycHex: String) throws {
        let hex = Array(pycHex.utf8)
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
