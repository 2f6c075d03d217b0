// `pyvm --toolkit transform-identity|resume ...`: the entry points tools/transform_stdlib.py
// and tools/resume_check.py use to drive PyBytecode/Transform over many inputs in one process.
import PyBytecode

enum TransformCommands {
    /// For each .pyc: decode every code object into an InstructionList and assemble it back;
    /// co_code, co_exceptiontable, co_stacksize and co_positions() must come out unchanged.
    /// Prints `PATH N identical, M differ [qualname: fields...]` per file.
    static func identity(_ files: [String]) {
        for path in files {
            do {
                let pyc = try PycFile.parse(try SystemIO.readFile(path))
                var identical = 0
                var differing: [String] = []
                for code in ToolkitCommands.allCodeObjects(pyc.code) {
                    let fields = try identityDifferences(code)
                    if fields.isEmpty {
                        identical += 1
                    } else {
                        differing.append("\(code.qualname.string)@\(code.firstlineno): \(fields.joined(separator: ","))")
                    }
                }
                SystemIO.writeStdout("\(path) \(identical) identical, \(differing.count) differ \(differing)\n")
            } catch {
                SystemIO.writeStdout("error \(path): \(describe(error))\n")
            }
        }
    }

    /// Names of the fields the identity transform changed (empty when none did).
    static func identityDifferences(_ code: CodeObject) throws -> [String] {
        let again: CodeObject
        do {
            again = try Assembler.assemble(try InstructionList(decoding: code), into: code)
        } catch {
            return ["error: \(describe(error))"]
        }
        var fields: [String] = []
        if again.code != code.code { fields.append("co_code") }
        if again.exceptiontable != code.exceptiontable { fields.append("co_exceptiontable") }
        if again.stacksize != code.stacksize { fields.append("co_stacksize \(code.stacksize)->\(again.stacksize)") }
        let units = code.code.count / 2
        let before = try LocationTable.positions(code.linetable, firstLine: Int(code.firstlineno), codeUnits: units)
        let after = try LocationTable.positions(again.linetable, firstLine: Int(again.firstlineno), codeUnits: units)
        if before != after { fields.append("co_positions") }
        return fields
    }

    /// `resume REQUESTS`: one request per line, tab-separated:
    /// `CODE.marshal OFFSET STACK BOUND MODE NAMING OUT.marshal`, where STACK spells the stack
    /// bottom first, space-separated (`v` value, `n` NULL, `w` re-entered with block whose
    /// constructor arguments follow as `:s<text>`, `:i<int>`, `:b0`/`:b1`, `:N`; `-` empty), BOUND is
    /// `*` or comma-separated local names, MODE `exact|dynamo`, NAMING `resume|original`.
    /// All requests share one ResumeCache. Prints per request `ok cache=hit|miss stack=K
    /// locals=a,b closure=c,d` (and writes OUT), or `refused KIND: reason`.
    static func resume(_ arguments: [String]) {
        guard let requestsPath = arguments.first, let text = try? SystemIO.readFile(requestsPath) else {
            fail("resume REQUESTS", status: 2)
        }
        let cache = ResumeCache()
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, let offset = Int(fields[1]) else {
                SystemIO.writeStdout("error: malformed request \(line)\n")
                continue
            }
            do {
                guard case .code(let code) = try MarshalReader.load(try SystemIO.readFile(fields[0])) else {
                    SystemIO.writeStdout("error: \(fields[0]) holds no code object\n")
                    continue
                }
                let stack = try parseStack(fields[2])
                let bound: Set<PyStr>? = fields[3] == "*" ? nil
                    : Set(fields[3].split(separator: ",").map { PyStr(String($0)) })
                let request = ResumeRequest(offset: offset, stack: stack, boundLocals: bound,
                                            mode: fields[4] == "dynamo" ? .dynamoCompatible : .exact,
                                            naming: fields[5] == "original" ? .original : .resumeName)
                let hitsBefore = cache.hits
                let function = try cache.resumeFunction(for: code, request)
                try SystemIO.writeFile(fields[6], try MarshalWriter.dump(function.code))
                SystemIO.writeStdout("ok cache=\(cache.hits > hitsBefore ? "hit" : "miss") stack=\(function.stackArgumentCount) "
                    + "locals=\(function.localArguments.map(\.string).joined(separator: ",")) "
                    + "closure=\(function.closureNames.map(\.string).joined(separator: ",")) "
                    + "original=\(function.originalOffset)\n")
            } catch let refusal as ResumeRefusal {
                SystemIO.writeStdout("refused \(refusal.kind.rawValue): \(refusal.reason)\n")
            } catch {
                SystemIO.writeStdout("error: \(describe(error))\n")
            }
        }
    }

    /// `resume-sweep FILE...`: for every function code object of each .pyc, asks for a
    /// resume function at every instruction boundary (stack: the static depth, all values)
    /// and checks that each generated code decodes, passes stack analysis and re-assembles
    /// to itself. Prints `PATH ok=N` then `refused-KIND=N` counts and any `error` lines.
    static func resumeSweep(_ files: [String]) {
        for path in files {
            var ok = 0
            var refused: [String: Int] = [:]
            var errors: [String] = []
            do {
                let pyc = try PycFile.parse(try SystemIO.readFile(path))
                let generatorLike: CodeFlags = [.generator, .coroutine, .asyncGenerator, .iterableCoroutine]
                for code in ToolkitCommands.allCodeObjects(pyc.code) where code.flags.contains(.optimized) {
                    // Refused as a whole (checked by TransformTests.refusals): counted once.
                    if !code.flags.isDisjoint(with: generatorLike) {
                        refused["generatorFrame-codeObjects", default: 0] += 1
                        continue
                    }
                    let list = try InstructionList(decoding: code)
                    guard let depths = try? StackAnalysis.analyze(list, sizeDeadHandlers: false).depths else {
                        errors.append("\(code.qualname): no stack analysis")
                        continue
                    }
                    let fronts = try Bytecode.decode(code.code).map(\.start)
                    let cache = ResumeCache()
                    for (index, instruction) in list.instructions.enumerated() {
                        let entry = instruction.opcode == .CALL && index > 0
                            && list.instructions[index - 1].opcode == .PRECALL ? index - 1 : index
                        guard let depth = depths[entry] else { continue }
                        let request = ResumeRequest(offset: fronts[index], stack: Array(repeating: .value, count: depth))
                        do {
                            let function = try cache.resumeFunction(for: code, request)
                            let again = try Assembler.assemble(try InstructionList(decoding: function.code),
                                                               into: function.code, sizeDeadHandlers: false)
                            if again != function.code {
                                errors.append("\(code.qualname)@\(fronts[index]): does not re-assemble to itself")
                            }
                            ok += 1
                        } catch let refusal as ResumeRefusal {
                            refused[refusal.kind.rawValue, default: 0] += 1
                            if refusal.kind == .invalidCode || refusal.kind == .stackMismatch {
                                errors.append("\(code.qualname)@\(fronts[index]): \(refusal.reason)")
                            }
                        } catch {
                            errors.append("\(code.qualname)@\(fronts[index]): \(describe(error))")
                        }
                    }
                }
            } catch {
                errors.append(describe(error))
            }
            let counts = refused.sorted { $0.key < $1.key }.map { " refused-\($0.key)=\($0.value)" }.joined()
            SystemIO.writeStdout("\(path) ok=\(ok)\(counts)\n")
            for error in errors.prefix(5) { SystemIO.writeStdout("error \(path): \(error)\n") }
        }
    }

    static func parseStack(_ text: String) throws -> [ResumeStackEntry] {
        guard text != "-" else { return [] }
        return try text.split(separator: " ").map { token -> ResumeStackEntry in
            let parts = token.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            switch parts[0] {
            case "v": return .value
            case "n": return .null
            case "w":
                let arguments = try parts.dropFirst().map { part -> PyConstant in
                    switch (part.first, part.dropFirst()) {
                    case ("s", let rest): return .str(PyStr(String(rest)))
                    case ("i", let rest) where Int(rest) != nil: return .int(Int(rest)!)
                    case ("b", let rest): return .bool(rest == "1")
                    case ("N", _): return .none
                    default: throw TransformError("bad constructor argument \(part)")
                    }
                }
                return .reenterWith(constructorArguments: arguments)
            default:
                throw TransformError("bad stack entry \(token)")
            }
        }
    }
}
