// sys.stdin and the input() builtin: lines read through the Host (a host without a
// standard input reads as empty, so input() raises EOFError).

extension Runtime {
    /// sys.stdin: readline(), read(), readlines(), iteration, fileno-free text reading.
    func makeStandardInput() -> Value {
        let streamType = PyType(metatype: types.type, name: "TextIOWrapper", bases: [types.object], layout: .object,
                                isHeapType: false, namespace: newDict(), moduleName: "_io")
        streamType.setLinearMRO()
        defineMethod(streamType, "readline") { rt, args, _ in
            rt.host.flushStdout()
            return rt.str(rt.host.readInputLine() ?? "")
        }
        defineMethod(streamType, "read") { rt, args, _ in
            rt.host.flushStdout()
            var text = ""
            while let line = rt.host.readInputLine() { text += line }
            return rt.str(text)
        }
        defineMethod(streamType, "readlines") { rt, args, _ in
            rt.host.flushStdout()
            var lines: [Value] = []
            while let line = rt.host.readInputLine() { lines.append(rt.str(line)) }
            return rt.list(lines)
        }
        defineMethod(streamType, "__iter__") { _, args, _ in args[0] }
        defineMethod(streamType, "__next__") { rt, args, _ in
            guard let line = rt.host.readInputLine() else { throw rt.error(rt.types.stopIteration, args: []) }
            return rt.str(line)
        }
        defineMethod(streamType, "isatty") { _, _, _ in .bool(false) }
        defineMethod(streamType, "readable") { _, _, _ in .bool(true) }
        streamType.namespace.setString(intern("encoding"), str("utf-8"))
        return .object(PyObject(type: streamType))
    }

    /// input([prompt]): the prompt on stdout, one line from stdin without its newline.
    func installInputBuiltin() {
        // open() is io.open, which lives in the Python-written _io: imported on first use.
        defineBuiltin("open") { rt, args, kwargs in
            let io = try rt.importModule("_io")
            return try rt.call(try rt.getAttribute(io, rt.intern("open")), args, kwargs: kwargs)
        }
        defineBuiltin("input") { rt, args, kwargs in
            try rt.expectArgs("input", args, kwargs, min: 0, max: 1)
            if let prompt = args.first {
                rt.host.writeStdout(try rt.toStr(prompt))
            }
            rt.host.flushStdout()
            guard let line = rt.host.readInputLine() else {
                throw rt.error(rt.builtinExceptionType("EOFError") ?? rt.types.exception, "EOF when reading a line")
            }
            // Only the "\n" goes ("\r\n" is one Character in Swift, so work on scalars).
            var scalars = line.unicodeScalars
            if scalars.last == "\n" { scalars.removeLast() }
            return rt.str(String(scalars))
        }
    }
}
