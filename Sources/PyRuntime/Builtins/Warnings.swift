// Warnings raised by the runtime itself (warnings.warn with the default filters): printed to
// stderr as `file:line: Category: message` plus the source line, once per location.

extension Runtime {
    /// Issues a warning attributed to the Python frame that called the current builtin.
    /// Default filters of 3.11: DeprecationWarning only from `__main__`; Pending-
    /// DeprecationWarning, ImportWarning and ResourceWarning ignored; the rest "default"
    /// (shown once per module, category, text and line, recorded in `__warningregistry__`).
    /// `hasSource`: the warning names an object (warnings.warn's `source`), which adds
    /// the tracemalloc hint line, as for unawaited coroutines.
    func warn(_ categoryName: String, _ message: String, hasSource: Bool = false) throws {
        guard let category = builtins.lookupString(intern(categoryName))?.object as? PyType,
              let frame = callerFrame else { return }
        let module = strValue(frame.globals.lookupString(staticName("__name__")) ?? .none) ?? "<string>"
        switch categoryName {
        case "DeprecationWarning" where module != "__main__": return
        case "PendingDeprecationWarning", "ImportWarning", "ResourceWarning": return
        default: break
        }
        let code = frame.code
        let line = code.line(at: max(0, frame.pc - 1)) ?? 1
        let registry: PyDict
        if let existing = frame.globals.lookupString(staticName("__warningregistry__"))?.object as? PyDict {
            registry = existing
        } else {
            registry = newDict()
            registry.setString(staticName("version"), .int(0))
            frame.globals.setString(staticName("__warningregistry__"), .object(registry))
        }
        let key = tuple([str(message), .object(category), .int(line)])
        if try dictGet(registry, key) != nil { return }
        try dictSet(registry, key, .bool(true))
        var text = "\(code.filename):\(line): \(category.name): \(message)\n"
        if let bytes = host.readSource(code.filename) {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if line >= 1, line <= lines.count {
                let source = String(lines[line - 1]).trimmingWhitespace()
                if !source.isEmpty { text += "  \(source)\n" }
            }
        }
        if hasSource { text += "\(category.name): Enable tracemalloc to get the object allocation traceback\n" }
        host.writeStderr(text)
    }
}
