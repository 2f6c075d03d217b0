// Differential cases: every Tests/Cases/<area>/<name>.py is run under pyvm and its framed
// output compared with <name>.expected, which tools/gen_expectations.py generated from CPython.
// The rules (argv, working directory, environment, normalisation, framing, manifest of
// expected failures) are written down once, in Tests/Cases/README.md; tools/run_cases.py
// applies the same ones. The binary under test is .build/debug/pyvm (build it first), or the
// path in the PYVM environment variable.
import Foundation
import Testing

enum Cases {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/PyRuntimeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
    static let directory = root.appendingPathComponent("Tests/Cases")
    static let timeout: TimeInterval = 30  // deep-recursion cases take a few seconds in a debug build

    static var pyvm: String {
        ProcessInfo.processInfo.environment["PYVM"] ?? root.appendingPathComponent(".build/debug/pyvm").path
    }

    /// Every case as "area/name.py", sorted (the same list as tools/gen_expectations.py).
    static let all: [String] = {
        let manager = FileManager.default
        let areas = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        var result: [String] = []
        for area in areas {
            var isDirectory: ObjCBool = false
            let areaPath = directory.appendingPathComponent(area).path
            guard manager.fileExists(atPath: areaPath, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for file in (try? manager.contentsOfDirectory(atPath: areaPath)) ?? [] where file.hasSuffix(".py") {
                result.append(area + "/" + file)
            }
        }
        return result.sorted()
    }()

    /// expected_failures.txt: "area/name.py  # reason" lines; blank and "#" lines ignored.
    static let manifest: [String: String] = {
        let url = directory.appendingPathComponent("expected_failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var entries: [String: String] = [:]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            entries[parts[0].trimmingCharacters(in: .whitespaces)] = reason
        }
        return entries
    }()

    /// The oracle's stdlib directory (normalisation rule 2), nil if python3 cannot say.
    static let stdlib: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !path.isEmpty ? path : nil
    }()

    /// The case's leading `#` lines: `# args: <JSON list of str>` replaces the default
    /// ["<name>.py"]; `# stdin: case` feeds the case file itself to stdin.
    static func header(_ caseURL: URL) -> (arguments: [String], stdinIsCase: Bool) {
        var arguments = [caseURL.lastPathComponent]
        var stdinIsCase = false
        let text = (try? String(contentsOf: caseURL, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            if line.hasPrefix("# args:"), let data = line.dropFirst("# args:".count).data(using: .utf8),
               let list = try? JSONSerialization.jsonObject(with: data) as? [String] {
                arguments = list
            } else if line.trimmingCharacters(in: .whitespaces) == "# stdin: case" {
                stdinIsCase = true
            }
        }
        return (arguments, stdinIsCase)
    }

    /// Runs one case under pyvm; returns the framed, normalised output, or nil on timeout.
    static func run(_ relative: String) throws -> [UInt8]? {
        let caseURL = directory.appendingPathComponent(relative)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("pyvm-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: pyvm)
        let (arguments, stdinIsCase) = header(caseURL)
        process.arguments = arguments
        process.currentDirectoryURL = caseURL.deletingLastPathComponent()
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        process.standardInput = stdinIsCase ? try FileHandle(forReadingFrom: caseURL) : FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)  // as subprocess.run's timeout does
            finished.wait()
        }
        try out.close()
        try err.close()
        if timedOut { return nil }

        let status = process.terminationReason == .uncaughtSignal
            ? -process.terminationStatus : process.terminationStatus
        let stdout = normalise(Array(try Data(contentsOf: outURL)), caseURL: caseURL)
        let stderr = normalise(Array(try Data(contentsOf: errURL)), caseURL: caseURL)
        return frame(status: status, stdout: stdout, stderr: stderr)
    }

    /// Rule 1: the case's absolute path (as computed and symlink-resolved) -> "<name>.py";
    /// rule 2: the stdlib directory -> "<stdlib>".
    static func normalise(_ bytes: [UInt8], caseURL: URL) -> [UInt8] {
        let name = Array(caseURL.lastPathComponent.utf8)
        let paths = Set([caseURL.path, caseURL.resolvingSymlinksInPath().path])
        var result = bytes
        for path in paths.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            result = replacing(result, Array(path.utf8), with: name)
        }
        if let stdlib {
            result = replacing(result, Array(stdlib.utf8), with: Array("<stdlib>".utf8))
        }
        return result
    }

    /// Non-overlapping, left-to-right replacement (like Python's bytes.replace).
    static func replacing(_ bytes: [UInt8], _ target: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        guard !target.isEmpty else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + target.count <= bytes.count, bytes[index..<index + target.count].elementsEqual(target) {
                result += replacement
                index += target.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// exit=<status>, then each stream as "--- <label> <N> bytes" + its bytes (+ "\n" if it
    /// is non-empty and lacks a final newline).
    static func frame(status: Int32, stdout: [UInt8], stderr: [UInt8]) -> [UInt8] {
        var result = Array("exit=\(status)\n".utf8)
        for (label, data) in [("stdout", stdout), ("stderr", stderr)] {
            result += Array("--- \(label) \(data.count) bytes\n".utf8)
            result += data
            if let last = data.last, last != UInt8(ascii: "\n") {
                result.append(UInt8(ascii: "\n"))
            }
        }
        return result
    }
}

@Suite("Differential cases (Tests/Cases)")
struct CaseTests {
    @Test("case runs like CPython", arguments: Cases.all)
    func runCase(_ relative: String) throws {
        let pyvm = Cases.pyvm
        try #require(FileManager.default.isExecutableFile(atPath: pyvm), "pyvm not built at \(pyvm) (run swift build)")
        let expectedURL = Cases.directory.appendingPathComponent(relative)
            .deletingPathExtension().appendingPathExtension("expected")
        let expected = try #require(try? Data(contentsOf: expectedURL),
                                    "no expectation: run python3 tools/gen_expectations.py")
        let actual = try Cases.run(relative)
        let passed = actual.map { $0 == Array(expected) } ?? false

        if let reason = Cases.manifest[relative] {
            #expect(!passed, "unexpected pass: remove \(relative) from expected_failures.txt (\(reason))")
        } else if let actual {
            #expect(passed, """
                output differs from CPython's
                --- expected
                \(String(decoding: expected, as: UTF8.self))
                --- actual
                \(String(decoding: actual, as: UTF8.self))
                """)
        } else {
            Issue.record("timed out after \(Int(Cases.timeout)) s")
        }
    }

    @Test("the corpus exists and the manifest names only existing cases")
    func manifestIsAccurate() {
        #expect(!Cases.all.isEmpty, "no cases found under \(Cases.directory.path)")
        let known = Set(Cases.all)
        for entry in Cases.manifest.keys.sorted() {
            #expect(known.contains(entry), "expected_failures.txt names a missing case: \(entry)")
        }
    }
}
