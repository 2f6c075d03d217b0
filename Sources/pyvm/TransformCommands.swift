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
