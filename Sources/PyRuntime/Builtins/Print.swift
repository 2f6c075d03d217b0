// print(*objects, sep=' ', end='\n', file=None, flush=False).

extension Runtime {
    func printBuiltin(_ args: [Value], _ kwargs: PyDict?) throws {
        var sep: Value = .none, end: Value = .none, file: Value = .none, flush = false
        if let kwargs, kwargs.count > 0 {
            for (key, value) in kwargs.items {
                switch strValue(key) ?? "" {
                case "sep": sep = value
                case "end": end = value
                case "file": file = value
                case "flush": flush = try isTrue(value)
                case let name: throw error(types.typeError, "'\(name)' is an invalid keyword argument for print()")
                }
            }
        }
        for (name, v) in [("sep", sep), ("end", end)] where !v.isNone && strValue(v) == nil {
            throw error(types.typeError, "\(name) must be None or a string, not \(typeName(v))")
        }
        if file.isNone, let current = sysNamespace.lookupString(staticName("stdout")),
           current.object !== sysNamespace.lookupString(intern("__stdout__"))?.object {
            // sys.stdout was replaced (contextlib.redirect_stdout, a StringIO): write to it;
            // None swallows the output, as in CPython.
            if current.isNone { return }
            file = current
        }
        if file.isNone {
            // Standard output without a Python-level stream object: one write.
            let sepText = strValue(sep) ?? " "
            var text = ""
            for (i, a) in args.enumerated() {
                if i > 0 { text += sepText }
                if case .object(let o) = a, let s = o as? PyStrObject, s.surrogateCodePoints != nil {
                    // stdout encodes strictly as UTF-8: what came before is written, then
                    // the UnicodeEncodeError for the surrogates.
                    host.writeStdout(text)
                    _ = try encode(exactStr(s), encoding: "utf-8", errors: "strict")
                }
                text += try toStr(a)
            }
            text += strValue(end) ?? "\n"
            host.writeStdout(text)
            if flush { host.flushStdout() }
            return
        }
        // A file object gets each piece through its own write() call, as in CPython.
        let write = try getAttribute(file, staticName("write"))
        for (i, a) in args.enumerated() {
            if i > 0 { _ = try call(write, [sep.isNone ? str(" ") : sep]) }
            _ = try call(write, [try strObject(a)])
        }
        _ = try call(write, [end.isNone ? str("\n") : end])
        if flush { _ = try call(try getAttribute(file, staticName("flush")), []) }
    }
}
