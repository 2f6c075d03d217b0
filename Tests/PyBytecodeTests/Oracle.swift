// Test support: runs CPython (the oracle) and finds standard library files.
import Foundation

enum Oracle {
    /// Runs `python3 -c script args...` with PYTHONHASHSEED=0 and returns its stdout.
    static func python(_ script: String, _ arguments: [String] = [], stdin: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OracleError(message: "python3 exited with \(process.terminationStatus)")
        }
        return data
    }

    static func pythonText(_ script: String, _ arguments: [String] = []) throws -> String {
        String(decoding: try python(script, arguments), as: UTF8.self)
    }

    /// The standard library's directory (site-packages is not part of it).
    static let stdlib: String = {
        let text = (try? pythonText("import sysconfig; print(sysconfig.get_paths()['stdlib'])")) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// Standard library files with `suffix`, sorted, site-packages excluded.
    static func stdlibFiles(suffix: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: stdlib) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasPrefix("site-packages") { enumerator.skipDescendants(); continue }
            if relative.hasSuffix(suffix) { result.append(stdlib + "/" + relative) }
        }
        return result.sorted()
    }

    /// A deterministic sample of `count` files spread over the sorted list.
    static func sample(_ files: [String], count: Int) -> [String] {
        guard files.count > count, count > 0 else { return files }
        return (0..<count).map { files[$0 * files.count / count] }
    }

    /// Whether the whole-stdlib sweeps were asked for (they run in tools/ scripts by default).
    static var fullStdlib: Bool { ProcessInfo.processInfo.environment["PYVM_FULL_STDLIB"] == "1" }

    /// The root of the package (for tools/ and Tests/Cases).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

struct OracleError: Error { let message: String }
