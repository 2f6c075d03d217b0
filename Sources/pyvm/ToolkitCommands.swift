// Hidden `pyvm --toolkit ...` commands used by tools/ scripts and tests to check the
// bytecode toolkit against CPython over many files in one process.
import PyBytecode

enum ToolkitCommands {
    static func run(_ arguments: [String]) -> Never {
        guard let command = arguments.first else { fail("--toolkit needs a command", status: 2) }
        let files = Array(arguments.dropFirst())
        switch command {
        case "roundtrip": roundTrip(files)
        case "rewrite": rewrite(files)
        case "tables": tables(files)
        case "dis": disassembleMany(files)
        case "mutate": mutate(files)
        case "transform-identity": TransformCommands.identity(files)
        case "verify": verify(files)
        case "resume": TransformCommands.resume(files)
        case "resume-sweep": TransformCommands.resumeSweep(files)
        default: fail("unknown toolkit command \(command)", status: 2)
        }
        SystemIO.exit(0)
    }

    /// For each .pyc: read, write back with the recorded layout, compare with the original.
    /// Prints `identical PATH`, `differ PATH` or `error PATH: message`.
    static func roundTrip(_ files: [String]) {
        for path in files {
            do {
                let bytes = try SystemIO.readFile(path)
                let pyc = try PycFile.parse(bytes)
                let again = try pyc.serialize()
                SystemIO.writeStdout((again == bytes ? "identical " : "differ ") + path + "\n")
            } catch {
                SystemIO.writeStdout("error \(path): \(describe(error))\n")
            }
        }
    }

    /// `rewrite IN OUT [--no-layout]`: writes IN back out as OUT.
    static func rewrite(_ arguments: [String]) {
        guard arguments.count >= 2 else { fail("rewrite IN OUT [--no-layout]", status: 2) }
        do {
            var pyc = try PycFile.parse(try SystemIO.readFile(arguments[0]))
            if arguments.contains("--no-layout") { pyc.layout = nil }
            try SystemIO.writeFile(arguments[1], try pyc.serialize())
        } catch {
            fail("\(arguments[0]): \(describe(error))")
        }
    }

    /// Re-encodes both tables of every code object; prints per-file counts.
    static func tables(_ files: [String]) {
        for path in files {
            do {
                let pyc = try PycFile.parse(try SystemIO.readFile(path))
                var identical = 0
                var differing: [String] = []
                for code in allCodeObjects(pyc.code) {
                    let exceptions = ExceptionTable.encode(try ExceptionTable.parse(code.exceptiontable))
                    let locations = try reencodedLocationTable(code)
                    if exceptions == code.exceptiontable && locations == code.linetable {
                        identical += 1
                    } else {
                        differing.append(code.qualname.string)
                    }
                }
                SystemIO.writeStdout("\(path) \(identical) identical, \(differing.count) differ \(differing)\n")
            } catch {
                SystemIO.writeStdout("error \(path): \(describe(error))\n")
            }
        }
    }

    static func reencodedLocationTable(_ code: CodeObject) throws -> [UInt8] {
        let positions = try LocationTable.positions(code.linetable, firstLine: Int(code.firstlineno),
                                                    codeUnits: code.code.count / 2)
        let instructions = try Bytecode.decode(code.code).map { instruction in
            (units: instruction.unitCount, position: positions[instruction.start / 2])
        }
        return LocationTable.encode(instructions: instructions, firstLine: Int(code.firstlineno))
    }

    /// Disassembles several files, each preceded by a `==> PATH` line.
    static func disassembleMany(_ files: [String]) {
        for path in files {
            SystemIO.writeStdout("==> \(path)\n")
            do {
                SystemIO.writeStdout(try disassembly(path: path))
            } catch {
                SystemIO.writeStdout("error: \(describe(error))\n")
            }
        }
    }

    /// `mutate truncate FILE` or `mutate flip FILE COUNT SEED`: runs the `pyvm -m dis`
    /// pipeline on each mutated copy in this process and prints `ok N` and `error N`.
    /// A crash (trap or signal) ends the process, which the calling script reports.
    static func mutate(_ arguments: [String]) {
        guard arguments.count >= 2, let data = try? SystemIO.readFile(arguments[1]) else {
            fail("mutate truncate FILE | mutate flip FILE COUNT SEED", status: 2)
        }
        var ok = 0
        var errors = 0
        func attempt(_ input: [UInt8]) {
            do {
                _ = try Disassembler.disassemblePyc(input)
                ok += 1
            } catch {
                errors += 1
            }
        }
        if arguments[0] == "truncate" {
            for length in 0..<data.count { attempt(Array(data[0..<length])) }
        } else {
            let count = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
            var generator = SplitMix64(seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)
            for _ in 0..<count {
                var input = data
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    let bit = Int(generator.next() % UInt64(input.count * 8))
                    input[bit / 8] ^= UInt8(1 << (bit % 8))
                }
                attempt(input)
            }
        }
        SystemIO.writeStdout("ok \(ok)\nerror \(errors)\n")
    }

    static func allCodeObjects(_ code: CodeObject) -> [CodeObject] {
        var result = [code]
        for constant in code.consts {
            if case .code(let inner) = constant { result += allCodeObjects(inner) }
        }
        return result
    }
}
