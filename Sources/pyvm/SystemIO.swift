// The front end's contact with the operating system: files, standard streams, exit.
// (The runtime will reach the outside world through its Host protocol instead.)
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum SystemIO {
    // Our own buffered streams on descriptors 1 and 2: C's `stdout` global is shared mutable
    // state that Swift 6 will not let us touch, and the front end is single-threaded.
    nonisolated(unsafe) static let standardOutput = fdopen(1, "w")
    nonisolated(unsafe) static let standardError = fdopen(2, "w")

    struct FileError: Error, CustomStringConvertible {
        let path: String
        let errno: Int32
        var description: String {
            "[Errno \(errno)] \(String(cString: strerror(errno))): '\(path)'"
        }
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw FileError(path: path, errno: errno) }
        defer { fclose(file) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { result.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(file) != 0 { throw FileError(path: path, errno: EIO) }
                break
            }
        }
        // A directory opens but cannot be read.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(path: path, errno: EISDIR)
        }
        return result
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        guard let file = fopen(path, "wb") else { throw FileError(path: path, errno: errno) }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count { throw FileError(path: path, errno: EIO) }
    }

    static func writeStdout(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, standardOutput) }
    }

    static func writeStderr(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, standardError) }
    }

    /// `path` made absolute against the working directory, `.` and `..` folded
    /// (like CPython's _Py_abspath: no symlink resolution).
    static func absolutePath(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { return path }
            full = String(cString: buffer) + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func flushStdout() { fflush(standardOutput) }
    static func flushStderr() { fflush(standardError) }

    static func exit(_ status: Int32) -> Never {
        fflush(standardOutput)
        fflush(standardError)
        Glibc.exit(status)
    }
}

extension SystemIO {
    /// All of standard input's bytes (a script piped to `pyvm -`).
    static func readStandardInput() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n > 0 { result.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { break }
        }
        return result
    }

    /// One line of standard input without its newline; nil at end of input. Reads byte by
    /// byte so that nothing past the line is consumed (the program may read stdin too).
    static func readLine(keepingNewline: Bool = false) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(0, &byte, 1)
            if n == 1 {
                if byte == 0x0A {
                    if keepingNewline { line.append(byte) }
                    return String(decoding: line, as: UTF8.self)
                }
                line.append(byte)
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
            }
        }
    }
}
