// Malformed .pyc input must give a clean error, never a trap: every truncation point of a
// few stdlib .pyc files and random bit flips, run through the `pyvm -m dis` pipeline
// (Disassembler.disassemblePyc) in this process, plus the real CLI on a sample.
// tools/malformed_pyc.py runs the full-size version (20 files, 10,000 flips).
import Foundation
import Testing
@testable import PyBytecode

@Suite struct MalformedInputTests {
    static func smallPycFiles(_ count: Int) -> [String] {
        let files = Oracle.stdlibFiles(suffix: ".cpython-311.pyc").filter {
            let size = (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0
            return size > 500 && size < 4000
        }
        return Oracle.sample(files, count: count)
    }

    @Test func everyTruncationIsACleanError() throws {
        let files = Self.smallPycFiles(3)
        #expect(files.count == 3)
        var errors = 0
        for path in files {
            let data = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(throws: Never.self) { try Disassembler.disassemblePyc(data) }
            for length in 0..<data.count {
                do {
                    _ = try Disassembler.disassemblePyc(Array(data[0..<length]))
                } catch {
                    errors += 1
                }
            }
        }
        #expect(errors > 0)
    }

    @Test func randomBitFlipsNeverTrap() throws {
        var generator = SystemRandomNumberGenerator()
        var outcomes = [0, 0]
        for path in Self.smallPycFiles(5) {
            let data = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            for _ in 0..<200 {
                var input = data
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let bit = Int.random(in: 0..<(input.count * 8), using: &generator)
                    input[bit / 8] ^= UInt8(1 << (bit % 8))
                }
                do {
                    _ = try Disassembler.disassemblePyc(input)
                    outcomes[0] += 1
                } catch {
                    outcomes[1] += 1
                }
            }
        }
        #expect(outcomes[0] + outcomes[1] == 1000)
    }

    /// The command line reports malformed files in one stderr line with exit status 1.
    @Test func commandLineReportsOneLineAndExitsWithOne() throws {
        let pyvm = Oracle.packageRoot.appendingPathComponent(".build/debug/pyvm").path
        try #require(FileManager.default.isExecutableFile(atPath: pyvm), "build pyvm first: \(pyvm)")
        let source = try #require(Self.smallPycFiles(1).first)
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pyvm-malformed-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, Data)] = [
            ("truncated.pyc", data.prefix(data.count / 2)),
            ("header.pyc", data.prefix(10)),
            ("badmagic.pyc", Data([0x42, 0x0D, 0x0D, 0x0A]) + data.dropFirst(4)),
            ("garbage.pyc", Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) })),
        ]
        for (name, bytes) in cases {
            let file = directory.appendingPathComponent(name)
            try bytes.write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pyvm)
            process.arguments = ["-m", "dis", file.path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = Pipe()
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(name) ended by a signal")
            #expect(process.terminationStatus == 1, "\(name): status \(process.terminationStatus)")
            #expect(text.split(separator: "\n").count == 1, "\(name): \(text)")
        }
    }
}
