// Running a module as __main__, and reporting what escapes it the way CPython does:
// the traceback on stderr (ExceptionReport.swift), SystemExit codes, exit statuses.
import PyBytecode

extension Runtime {
    /// Runs `code` as the `__main__` module; returns the process exit status. `path` is the
    /// script (nil for -c and stdin); `moduleName` is the module `-m` runs as __main__.
    /// With `interactive`, the REPL runs in the same namespace afterwards (-i); `code` nil runs
    /// only the REPL.
    public func runMain(_ code: CodeObject?, path: String?, moduleName: String? = nil,
                        interactive: (() -> String?)? = nil) -> Int32 {
        // CPython's __main__ namespace, in its order (no loader objects here).
        let globals = newDict()
        globals.setString(staticName("__name__"), str("__main__"))
        globals.setString(staticName("__doc__"), .none)
        if let moduleName {
            let parent = String(moduleName[..<(moduleName.lastIndex(of: ".") ?? moduleName.startIndex)])
            globals.setString(staticName("__package__"), str(parent))
            globals.setString(staticName("__loader__"), .none)
            globals.setString(staticName("__spec__"), .object(makeModuleSpec(
                name: moduleName, origin: path, searchLocations: nil, cached: path.map { cachePath(forSource: $0) },
                parent: parent)))
        } else {
            globals.setString(staticName("__package__"), .none)
            globals.setString(staticName("__loader__"), .none)
            globals.setString(staticName("__spec__"), .none)
        }
        globals.setString(staticName("__annotations__"), .object(newDict()))
        globals.setString(staticName("__builtins__"), .object(builtinsModule()))
        if let path {
            globals.setString(staticName("__file__"), str(path))
            globals.setString(staticName("__cached__"), moduleName != nil ? str(cachePath(forSource: path)) : .none)
        }
        _ = sysNamespace
        sysModules.setString(staticName("__main__"), .object(PyModule(type: types.module, name: "__main__", namespace: globals)))
        var status: Int32 = 0
        var exited = false
        do {
            if let code {
                let codeObject = try PyCodeObject(type: types.code, code: code, rt: self)
                let frame = newFrame(code: codeObject, globals: globals, builtins: builtins, locals: globals, function: nil)
                frame.isEntry = true
                // The frame refers to the code and globals unowned; keep them alive while it runs.
                try withExtendedLifetime((codeObject, globals)) { _ = try run(frame) }
            }
            host.flushStdout()
        } catch let e as PyException {
            host.flushStdout()
            exited = e.exception.type.isSubtype(of: types.systemExit)
            status = handleUncaught(e.exception)
        } catch let stop as ExecutionLimitExceeded {
            host.flushStdout()
            host.writeStderr("\(stop)\n")
            return 1
        } catch {
            host.writeStderr("SystemError: \(error)\n")
            status = 1
        }
        if let interactive, !exited {
            status = runInteractiveLoop(globals, readLine: interactive)
        }
        runAtexitCallbacks()
        // The uncaught exception (and the frames its traceback keeps) is gone by now, as in
        // CPython, which drops it right after printing it.
        finalizeAtExit(globals)
        return status
    }

    func handleUncaught(_ exc: PyBaseException) -> Int32 {
        if exc.type.isSubtype(of: types.systemExit) {
            let code: Value = exc.args.count == 1 ? exc.args[0] : (exc.args.isEmpty ? .none : tuple(exc.args))
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                host.writeStderr(((try? toStr(code)) ?? "") + "\n")
                return 1
            }
        }
        host.writeStderr(formatException(exc))
        return 1
    }

    /// The `File ..., line N, in name` entries, with CPython's repeat compression. Inside
    /// exception-group boxes `margin` starts each entry's lines; the repeat notice gets none
    /// (tb_print_line_repeated writes it bare).
    func formatTraceback(_ first: PyTraceback?, margin: String = "") -> String {
        var out = ""
        var entry = first
        var lastKey: (String, Int?, String)? = nil
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 {
                let n = repeats - 3
                out += "  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]\n"
            }
        }
        while let tb = entry {
            let key = (tb.code.filename, tb.line, tb.code.name)
            if let last = lastKey, last.0 == key.0, last.1 == key.1, last.2 == key.2 {
                repeats += 1
            } else {
                flushRepeats()
                repeats = 1
                lastKey = key
            }
            if repeats <= 3 {
                let lineText = tb.line.map(String.init) ?? "None"
                out += margin + "  File \"\(tb.code.filename)\", line \(lineText), in \(tb.code.name)\n"
                for line in sourceExcerpt(tb).split(separator: "\n") { out += margin + line + "\n" }
            }
            entry = tb.next
        }
        flushRepeats()
        return out
    }

    /// The stripped source line, plus carets under the failing expression when it is only
    /// part of the line (PEP 657), with `~`/`^` anchors for binary operations and subscripts
    /// (traceback.StackSummary.format_frame_summary in 3.11).
    func sourceExcerpt(_ tb: PyTraceback) -> String {
        guard let line = tb.line, let bytes = host.readSource(tb.code.filename) else { return "" }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        let text = String(lines[line - 1])
        let stripped = text.trimmingWhitespace()
        guard !stripped.isEmpty else { return "" }
        var out = "    \(stripped)\n"
        let unit = tb.code.unitOffsets[tb.instructionIndex]
        guard unit < tb.code.positions.count else { return out }
        let position = tb.code.positions[unit]
        guard position.line == line, let startByte = position.column, let endByte = position.endColumn else { return out }
        let scalars = Array(text.unicodeScalars)
        let utf8 = Array(text.utf8)
        func characterOffset(_ byteOffset: Int) -> Int {
            String(decoding: utf8[0..<min(max(byteOffset, 0), utf8.count)], as: UTF8.self).unicodeScalars.count
        }
        let start = characterOffset(startByte)
        var end = characterOffset(endByte)
        var anchors: CaretAnchors? = nil
        if position.endLine == position.line {
            if start < end, end <= scalars.count { anchors = CaretAnchorFinder.anchors(Array(scalars[start..<end])) }
        } else {
            end = text.unicodeScalars.count - (text.unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count)
        }
        let indent = scalars.prefix { $0.properties.isWhitespace }.count
        let strippedCount = stripped.unicodeScalars.count
        let showAnchors = anchors.map { $0.rightStart - $0.leftEnd > 0 } ?? false
        guard end - start < strippedCount || showAnchors else { return out }
        out += "    " + String(repeating: " ", count: max(0, start - indent))
        if let anchors {
            out += String(repeating: "~", count: anchors.leftEnd)
            out += String(repeating: "^", count: anchors.rightStart - anchors.leftEnd)
            out += String(repeating: "~", count: max(0, end - start - anchors.rightStart))
        } else {
            out += String(repeating: "^", count: max(0, end - start))
        }
        return out + "\n"
    }
}
