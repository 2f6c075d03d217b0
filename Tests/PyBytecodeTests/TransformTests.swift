// Tests for Sources/PyBytecode/Transform: the identity transform against the standard
// library (a sample; PYVM_FULL_STDLIB=1 for all of it), assembler rules on hand-built lists,
// stack analysis and liveness, and resume functions run by python3.
import Foundation
import Testing
@testable import PyBytecode

@Suite struct TransformTests {
    // MARK: - Helpers

    /// Compiles `source` with python3 and returns the module code object.
    static func compile(_ source: String) throws -> CodeObject {
        let script = "import sys, marshal; sys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.read(), 't.py', 'exec')))"
        let bytes = try Oracle.python(script, stdin: Data(source.utf8))
        guard case .code(let code) = try MarshalReader.load([UInt8](bytes)) else {
            throw OracleError(message: "no code object")
        }
        return code
    }

    /// The code object of the function `name` defined at the top of `source`.
    static func function(_ name: String, in source: String) throws -> CodeObject {
        for constant in try compile(source).consts {
            if case .code(let code) = constant, code.name.string == name { return code }
        }
        throw OracleError(message: "no function \(name)")
    }

    /// Byte offset (front) of the `occurrence`-th instruction with `opcode`.
    static func offset(of opcode: Opcode, in code: CodeObject, occurrence: Int = 0) throws -> Int {
        let matches = try Bytecode.decode(code.code).filter { $0.opcode == opcode }
        guard occurrence < matches.count else { throw OracleError(message: "no \(opcode.name)") }
        return matches[occurrence].start
    }

    static func list(_ ops: [(Opcode, Int)]) -> InstructionList {
        InstructionList(instructions: ops.enumerated().map {
            TransformInstruction(id: InstructionID($0.offset), opcode: $0.element.0, arg: $0.element.1)
        })
    }

    // MARK: - Identity transform

    @Test func identityOnStdlib() throws {
        let all = Oracle.stdlibFiles(suffix: ".pyc")
        let files = Oracle.fullStdlib ? all : Oracle.sample(all, count: 40)
        var checked = 0
        for path in files {
            let pyc = try PycFile.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            var pending = [pyc.code]
            while let code = pending.popLast() {
                for constant in code.consts { if case .code(let inner) = constant { pending.append(inner) } }
                let again = try Assembler.assemble(try InstructionList(decoding: code), into: code)
                #expect(again.code == code.code, "co_code of \(code.qualname) in \(path)")
                #expect(again.exceptiontable == code.exceptiontable, "co_exceptiontable of \(code.qualname) in \(path)")
                #expect(again.stacksize == code.stacksize, "co_stacksize of \(code.qualname) in \(path)")
                #expect(again.linetable == code.linetable, "co_linetable of \(code.qualname) in \(path)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    // MARK: - Assembler

    @Test func jumpsPickTheirDirectionAndGrowPrefixes() throws {
        // 0: JUMP_FORWARD -> 302 (over 300 NOPs: needs EXTENDED_ARG), 301: JUMP_FORWARD -> 0
        // (must become JUMP_BACKWARD), 302: LOAD_CONST, 303: RETURN_VALUE.
        var ops: [(Opcode, Int)] = [(.JUMP_FORWARD, 0)]
        ops += Array(repeating: (.NOP, 0), count: 300)
        ops += [(.JUMP_FORWARD, 0), (.LOAD_CONST, 0), (.RETURN_VALUE, 0)]
        var list = Self.list(ops)
        list.instructions[0].jumpTarget = InstructionID(302)
        list.instructions[301].jumpTarget = InstructionID(0)
        let assembled = try Assembler.assemble(list, firstLine: 1)
        let decoded = try Bytecode.decode(assembled.code)
        #expect(decoded.count == 304)
        #expect(decoded[0].prefixCount == 1)
        #expect(decoded[0].jumpTarget == decoded[302].start)
        #expect(decoded[301].opcode == .JUMP_BACKWARD)
        #expect(decoded[301].jumpTarget == 0)
        #expect(assembled.stackSize == 1)
        #expect(assembled.frontOffsets[302] == decoded[302].start)

        var backwardLoop = Self.list([(.LOAD_CONST, 0), (.FOR_ITER, 0), (.RETURN_VALUE, 0)])
        backwardLoop.instructions[1].jumpTarget = InstructionID(0)
        #expect(throws: TransformError.self) { try Assembler.assemble(backwardLoop, firstLine: 1) }
    }

    @Test func neighbouringEqualHandlersShareOneEntry() throws {
        // LOAD_CONST, [NOP, NOP] covered, POP_TOP uncovered, [LOAD_CONST] covered, RETURN_VALUE,
        // handler: PUSH_EXC_INFO... (entered at depth 0 + 1).
        var list = Self.list([(.LOAD_CONST, 0), (.NOP, 0), (.NOP, 0), (.POP_TOP, 0), (.LOAD_CONST, 0),
                              (.RETURN_VALUE, 0), (.RERAISE, 0)])
        let handler = ExceptionHandler(target: InstructionID(6), depth: 0, lasti: false)
        for index in [1, 2, 4] { list.instructions[index].handler = handler }
        let assembled = try Assembler.assemble(list, firstLine: 1)
        #expect(try ExceptionTable.parse(assembled.exceptionTable) == [
            ExceptionTableEntry(start: 1, end: 3, target: 6, depth: 0, lasti: false),
            ExceptionTableEntry(start: 4, end: 5, target: 6, depth: 0, lasti: false),
        ])
        #expect(try InstructionList(decoding: CodeObject(code: assembled.code, linetable: assembled.lineTable,
                                                         exceptiontable: assembled.exceptionTable)).instructions
                .map(\.handler) == list.instructions.map(\.handler))
    }

    // MARK: - Stack analysis and liveness

    @Test func stackAnalysisRejectsBadDepths() throws {
        // The jump reaches RETURN_VALUE with depth 0, the fall-through with depth 1.
        var merge = Self.list([(.LOAD_CONST, 0), (.POP_JUMP_FORWARD_IF_TRUE, 0), (.LOAD_CONST, 0), (.RETURN_VALUE, 0)])
        merge.instructions[1].jumpTarget = InstructionID(3)
        #expect(throws: TransformError.self) { try StackAnalysis.analyze(merge) }
        #expect(throws: TransformError.self) { try StackAnalysis.analyze(Self.list([(.POP_TOP, 0), (.RETURN_VALUE, 0)])) }
        #expect(throws: TransformError.self) { try StackAnalysis.analyze(Self.list([(.LOAD_CONST, 0), (.POP_TOP, 0)])) }
        let fine = try StackAnalysis.analyze(Self.list([(.LOAD_CONST, 0), (.LOAD_CONST, 0), (.BUILD_TUPLE, 2), (.RETURN_VALUE, 0)]))
        #expect(fine.depths == [0, 1, 2, 1])
        #expect(fine.maxDepth == 2)
    }

    @Test func livenessFollowsReadsWritesAndHandlers() throws {
        let code = try Self.function("f", in: """
            def f(a, b, c):
                d = a
                del b
                try:
                    d = d + 1
                except Exception:
                    return c
                return d
            """)
        let list = try InstructionList(decoding: code)
        let live = Liveness.analyze(list, slotCount: code.localsplusnames.count).liveBefore
        let names = code.localsplusnames.map(\.string)
        func liveNames(_ index: Int) -> [String] { live[index].map { names[$0] } }
        #expect(liveNames(0) == ["a", "b", "c"])  // del b reads b; the handler reads c
        let store = try #require(list.instructions.firstIndex { $0.opcode == .STORE_FAST })
        #expect(liveNames(store) == ["b", "c"])  // a has been read; d is written here
        let lastReturn = try #require(list.instructions.lastIndex { $0.opcode == .RETURN_VALUE })
        #expect(liveNames(lastReturn - 1) == ["d"])
    }

    // MARK: - Resume functions

    static let loopSource = """
        def f(n, scale):
            total = 0
            for i in range(n):
                total += i * scale
            return total
        """

    @Test func resumeFunctionRunsOnPython3() throws {
        let code = try Self.function("f", in: Self.loopSource)
        // Resume at `total += i * scale` (first LOAD_FAST after STORE_FAST i): the iterator is
        // the only stack value; total, i and scale are live.
        let store = try Self.offset(of: .STORE_FAST, in: code, occurrence: 1)
        let decoded = try Bytecode.decode(code.code)
        let next = try #require(decoded.first { $0.start > store })
        let cache = ResumeCache()
        let function = try cache.resumeFunction(for: code, ResumeRequest(offset: next.start, stack: [.value]))
        #expect(function.stackArgumentCount == 1)
        #expect(function.localArguments.map(\.string) == ["scale", "total", "i"])
        #expect(function.code.name.string == "pyvm_resume_in_f_at_4")
        #expect(function.code.varnames.prefix(4).map(\.string) == ["___stack0", "scale", "total", "i"])
        // Uninterrupted f(5, 3) is 30; at i == 2 total is 3 and range(5) has given 0, 1, 2.
        let script = """
            import marshal, sys, types
            code = marshal.loads(sys.stdin.buffer.read())
            fn = types.FunctionType(code, {})
            it = iter(range(5)); next(it); next(it); next(it)
            print(fn(it, 3, 3, 2), code.co_argcount, code.co_name)
            """
        let output = try Oracle.python(script, stdin: Data(try MarshalWriter.dump(function.code)))
        #expect(String(decoding: output, as: UTF8.self) == "30 4 pyvm_resume_in_f_at_4\n")
    }

    @Test func cacheAndResumeOfResumeGiveTheSameFunction() throws {
        let code = try Self.function("f", in: Self.loopSource)
        let decoded = try Bytecode.decode(code.code)
        let storeTotal = try Self.offset(of: .STORE_FAST, in: code, occurrence: 0)
        let afterTotal = try #require(decoded.first { $0.start > storeTotal }).start
        let returnOffset = try Self.offset(of: .RETURN_VALUE, in: code)
        let loadTotal = try #require(decoded.last { $0.start < returnOffset }).start
        let cache = ResumeCache()
        let first = try cache.resumeFunction(for: code, ResumeRequest(offset: afterTotal))
        #expect(cache.misses == 1 && cache.hits == 0)
        // Different bound sets with the same live locals share one function.
        _ = try cache.resumeFunction(for: code, ResumeRequest(offset: afterTotal, boundLocals: ["n", "scale", "total", "x"]))
        #expect(cache.misses == 1 && cache.hits == 1)
        let direct = try cache.resumeFunction(for: code, ResumeRequest(offset: loadTotal))
        // The same point reached inside the first resume function: suffix instruction index.
        let resumed = try Bytecode.decode(first.code.code)
        let index = try #require(decoded.firstIndex { $0.start == loadTotal })
        let mapped = resumed[resumed.count - decoded.count + index].start
        let again = try cache.resumeFunction(for: first.code, ResumeRequest(offset: mapped))
        #expect(again == direct)
        #expect(again.originalOffset == loadTotal)
        #expect(cache.misses == 2 && cache.hits == 2)
        // The prologue of a resume function is no place to resume.
        #expect(throws: ResumeRefusal.self) { try cache.resumeFunction(for: first.code, ResumeRequest(offset: 0)) }
    }

    @Test func refusals() throws {
        let module = try Self.compile("""
            def gen():
                yield 1
            def kw(g):
                return g(x=1)
            def handler(g):
                try:
                    g()
                except ValueError:
                    g(2)
                return 0
            x = 1
            """)
        func code(_ name: String) throws -> CodeObject {
            for constant in module.consts { if case .code(let c) = constant, c.name.string == name { return c } }
            throw OracleError(message: name)
        }
        func refusal(_ code: CodeObject, _ request: ResumeRequest) -> ResumeRefusal.Kind? {
            do { _ = try ResumeCache().resumeFunction(for: code, request); return nil } catch let error as ResumeRefusal {
                return error.kind
            } catch { return nil }
        }
        let gen = try code("gen")
        #expect(refusal(gen, ResumeRequest(offset: try Self.offset(of: .LOAD_CONST, in: gen))) == .generatorFrame)
        #expect(refusal(module, ResumeRequest(offset: try Self.offset(of: .LOAD_CONST, in: module))) == .notOptimized)
        let kw = try code("kw")
        #expect(refusal(kw, ResumeRequest(offset: try Self.offset(of: .PRECALL, in: kw), stack: [.null, .value, .value]))
                == .pendingKeywordNames)
        #expect(refusal(kw, ResumeRequest(offset: 1)) == .notAnInstruction)
        #expect(refusal(kw, ResumeRequest(offset: try Self.offset(of: .RETURN_VALUE, in: kw))) == .stackMismatch)
        let handler = try code("handler")
        let inHandler = try Self.offset(of: .CHECK_EXC_MATCH, in: handler)
        #expect(refusal(handler, ResumeRequest(offset: inHandler, stack: [.value, .value, .value])) == .insideHandler)
        // In the try body: exact mode resumes, dynamo-compatible mode refuses.
        let inTry = try Self.offset(of: .LOAD_FAST, in: handler)
        #expect(refusal(handler, ResumeRequest(offset: inTry, stack: [.null])) == nil)
        #expect(refusal(handler, ResumeRequest(offset: inTry, stack: [.null], mode: .dynamoCompatible))
                == .tryBlockInDynamoMode)
    }

    @Test func reenteredWithBlockRunsOnPython3() throws {
        let source = """
            class Ctx:
                def __init__(self, name):
                    self.name = name
                def __enter__(self):
                    print('enter', self.name)
                def __exit__(self, *exc):
                    print('exit', self.name, exc[0])
            def f(x):
                with Ctx('a'):
                    y = 10 // x
                return y
            """
        let code = try Self.function("f", in: source)
        // At `10 // x` the with block's __exit__ is the only stack value.
        let loadConst = try Self.offset(of: .LOAD_CONST, in: code, occurrence: 1)
        let function = try ResumeCache().resumeFunction(for: code, ResumeRequest(
            offset: loadConst, stack: [.reenterWith(constructorArguments: [.str("b")])], boundLocals: ["x"],
            mode: .dynamoCompatible))
        // y is live (a suppressing context would reach `return y`) but unbound: not an argument.
        #expect(function.localArguments == ["x"])
        #expect(function.code.name.string.hasPrefix("torch_dynamo_resume_in_f_at_"))
        let script = """
            import marshal, sys, types
            code = marshal.loads(sys.stdin.buffer.read())
            exec(sys.argv[1], globals())
            fn = types.FunctionType(code, globals())
            print(fn(Ctx, 5))
            try:
                fn(Ctx, 0)
            except ZeroDivisionError:
                print('raised')
            """
        let output = try Oracle.python(script, [source], stdin: Data(try MarshalWriter.dump(function.code)))
        #expect(String(decoding: output, as: UTF8.self) == """
            enter b
            exit b None
            2
            enter b
            exit b <class 'ZeroDivisionError'>
            raised

            """)
    }

    @Test func zeroArgumentSuperSurvivesANewFirstArgument() throws {
        let source = """
            class A:
                def f(self):
                    return ['A']
            class B(A):
                def f(self):
                    return ['B'] + super().f()
            """
        let module = try Self.compile(source)
        var method: CodeObject? = nil
        for constant in module.consts {
            guard case .code(let body) = constant, body.name.string == "B" else { continue }
            for inner in body.consts { if case .code(let f) = inner, f.name.string == "f" { method = f } }
        }
        let code = try #require(method)
        // At `super` the list ['B'] is on the stack, so ___stack0 becomes the first local.
        let loadSuper = try Self.offset(of: .LOAD_GLOBAL, in: code)
        let function = try ResumeCache().resumeFunction(for: code, ResumeRequest(
            offset: loadSuper, stack: [.value], naming: .original))
        #expect(function.code.name.string == "f" && function.code.qualname.string == "B.f")
        #expect(function.code.varnames.prefix(2).map(\.string) == ["___stack0", "self"])
        #expect(function.closureNames == ["__class__"])
        let script = """
            import marshal, sys, types
            code = marshal.loads(sys.stdin.buffer.read())
            exec(sys.argv[1], globals())
            cell = B.f.__closure__[0]
            fn = types.FunctionType(code, globals(), 'f', None, (cell,))
            print(fn(['B'], B()))
            """
        let output = try Oracle.python(script, [source], stdin: Data(try MarshalWriter.dump(function.code)))
        #expect(String(decoding: output, as: UTF8.self) == "['B', 'A']\n")
    }

    // MARK: - Malformed input

    /// Mutated code objects must give errors or refusals, never a trap: decode, assemble,
    /// analyze and ask for a resume function at every offset.
    @Test func mutatedCodeNeverTraps() throws {
        let code = try Self.function("f", in: """
            def f(a, b=1, *c, **d):
                try:
                    with open(a) as h:
                        for x in h:
                            b += len(x) if x else 0
                except OSError as e:
                    return str(e)
                return [y for y in c if y] + sorted(d, key=lambda k: k)
            """)
        var generator = SplitMix64(seed: 7)
        var attempts = 0
        for round in 0..<40 {
            var mutated = code
            for _ in 0..<(1 + round % 4) {
                let field = generator.next() % 4
                let bit = Int(generator.next() % UInt64(8 * max(mutated.code.count, 1)))
                switch field {
                case 0, 1: mutated.code[bit / 8] ^= UInt8(1 << (bit % 8))
                case 2 where !mutated.exceptiontable.isEmpty:
                    mutated.exceptiontable[bit % mutated.exceptiontable.count] ^= UInt8(1 << (bit % 8))
                default:
                    if !mutated.localspluskinds.isEmpty {
                        mutated.localspluskinds[bit % mutated.localspluskinds.count] ^= UInt8(1 << (bit % 8))
                    }
                }
            }
            if let list = try? InstructionList(decoding: mutated) {
                _ = try? Assembler.assemble(list, into: mutated)
                _ = Liveness.analyze(list, slotCount: mutated.localsplusnames.count)
            }
            let cache = ResumeCache()
            for offset in stride(from: 0, to: mutated.code.count, by: 2) {
                for stack in [[], [ResumeStackEntry.value], [.null, .value, .value]] {
                    attempts += 1
                    if let function = try? cache.resumeFunction(for: mutated, ResumeRequest(offset: offset, stack: stack)) {
                        // What comes out must itself decode and re-assemble.
                        let again = try InstructionList(decoding: function.code)
                        _ = try Assembler.assemble(again, into: function.code, sizeDeadHandlers: false)
                    }
                }
            }
        }
        #expect(attempts > 5_000)
    }
}
