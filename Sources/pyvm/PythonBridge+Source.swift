// compile()/eval()/exec() of source text for the runtime's Host compile hook: python3
// compiles the source with compile()'s own arguments and returns the marshalled code
// object, or the SyntaxError's fields, so the VM raises exactly what CPython would.
#if canImport(Glibc)
import Glibc
#endif
import PyBytecode
import PyRuntime

extension PythonBridge {
    static let sourceCompileScript = """
        import sys, marshal
        path, filename, mode, flags, dont_inherit, optimize, is_text = sys.argv[1:8]
        with open(path, 'rb') as f:
            source = f.read()
        if is_text == '1':
            source = source.decode('utf-8', 'surrogatepass')
        import ast
        def from_tuples(value):
            if isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], str) and hasattr(ast, value[0]):
                node = getattr(ast, value[0])()
                for name, item in value[1] + value[2]:
                    setattr(node, name, from_tuples(item))
                return node
            if isinstance(value, list):
                return [from_tuples(v) for v in value]
            return value
        def to_tuples(node):
            if isinstance(node, ast.AST):
                return (type(node).__name__,
                        tuple((f, to_tuples(getattr(node, f))) for f in node._fields if hasattr(node, f)),
                        tuple((a, getattr(node, a)) for a in node._attributes if hasattr(node, a)))
            if isinstance(node, list):
                return [to_tuples(v) for v in node]
            return node
        if is_text == '2':
            source = from_tuples(marshal.loads(source))
        def out(value):
            sys.stdout.buffer.write(marshal.dumps(value))
        try:
            code = compile(source, filename, mode, int(flags), bool(int(dont_inherit)), int(optimize))
        except SyntaxError as e:
            out(('syntax', type(e).__name__, str(e.msg), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))
            sys.exit(0)
        except Exception as e:
            out(('error', type(e).__name__, str(e)))
            sys.exit(0)
        if isinstance(code, ast.AST):
            out(('ast', to_tuples(code)))
            sys.exit(0)
        orders = []
        def walk(co):
            for c in co.co_consts:
                if isinstance(c, frozenset):
                    orders.append(tuple(c))
                elif hasattr(c, 'co_code'):
                    walk(c)
        walk(code)
        out(('code', code, tuple(orders)))
        """

    /// Compiles `request` through python3; every failure to run the bridge is `.error`.
    static func compileSource(_ request: HostCompileRequest) -> HostCompileResult {
        var template = Array("/tmp/pyvm-source-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return .error(typeName: "OSError", message: "cannot create a temporary file for compile()") }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        var written = 0
        while written < request.source.count {
            let n = request.source[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            written += n
        }
        close(fd)
        guard written == request.source.count else {
            return .error(typeName: "OSError", message: "cannot write a temporary file for compile()")
        }
        let kind = request.sourceIsSyntaxTree ? "2" : request.sourceIsText ? "1" : "0"
        let arguments = [python, "-c", sourceCompileScript, path, request.filename, request.mode, String(request.flags),
                         request.dontInherit ? "1" : "0", String(request.optimize), kind]
        guard let (status, output, errors) = try? run(arguments), status == 0,
              case .tuple(let items)? = try? MarshalReader.load(output), case .str(let kind)? = items.first else {
            return .error(typeName: "SystemError", message: "the compiler bridge failed")
        }
        _ = errors
        func text(_ i: Int) -> String? {
            guard i < items.count, case .str(let s) = items[i] else { return nil }
            return s.string
        }
        func int(_ i: Int) -> Int? {
            guard i < items.count, case .int(let n) = items[i] else { return nil }
            return n
        }
        switch kind.string {
        case "code":
            guard items.count == 3, case .code(var code) = items[1], case .tuple(let orders) = items[2] else { break }
            var remaining = orders[...]
            applyFrozensetOrders(&code, &remaining)
            return .code(code)
        case "syntax":
            return .syntaxError(typeName: text(1) ?? "SyntaxError", message: text(2) ?? "invalid syntax",
                                filename: text(3) ?? request.filename, line: int(4), offset: int(5), text: text(6),
                                endLine: int(7), endOffset: int(8))
        case "error":
            return .error(typeName: text(1) ?? "SystemError", message: text(2) ?? "")
        case "ast":
            guard items.count == 2 else { break }
            return .syntaxTree(items[1])
        default:
            break
        }
        return .error(typeName: "SystemError", message: "the compiler bridge returned an unexpected value")
    }
}
