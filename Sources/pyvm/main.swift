// pyvm's command line: parses arguments, loads code, prints. All the work happens in the
// libraries; this file only decides what to call and how to report errors.
import PyBytecode
import PyRuntime

let usage = """
    usage: pyvm [option] ... [file | -m mod] [arg] ...
    Options:
    -m dis FILE : disassemble FILE (.py source or .pyc), printing what `python3 -m dis` prints
    --version   : print the Python version pyvm implements
    """

/// Loads the module code object of a `.pyc` file or compiles a source file through python3.
/// `fromSource` tells whether frozenset constants carry the compiler's own element order.
func loadModuleCode(path: String) throws -> (code: CodeObject, fromSource: Bool) {
    let bytes = try SystemIO.readFile(path)
    if bytes.starts(with: PycFile.magic) || path.hasSuffix(".pyc") {
        return (try PycFile.parse(bytes).code, false)
    }
    return (try PythonBridge.compile(path: path), true)
}

/// dis text for a loaded module. Frozensets print in the compiler's order for source files,
/// and in the order CPython's marshal.loads would rebuild them for .pyc files.
func disassembly(path: String) throws -> String {
    let (code, fromSource) = try loadModuleCode(path: path)
    return try Disassembler.disassemble(code, setOrder: fromSource ? .asStored : .hashTable)
}

/// Reports an error the way the CLI promises: one line on stderr, exit status 1.
func fail(_ message: String, status: Int32 = 1) -> Never {
    SystemIO.writeStderr("pyvm: \(message)\n")
    SystemIO.exit(status)
}

func describe(_ error: Error) -> String {
    switch error {
    case let error as MarshalError: return error.description
    case let error as BytecodeError: return "ValueError: \(error.message)"
    case let error as PyReprError: return error.description
    case let error as TableError: return "ValueError: \(error.message)"
    default: return String(describing: error)
    }
}

func runDis(_ arguments: ArraySlice<String>) -> Never {
    guard let path = arguments.first, arguments.count == 1 else {
        fail("usage: pyvm -m dis FILE", status: 2)
    }
    do {
        SystemIO.writeStdout(try disassembly(path: path))
        SystemIO.exit(0)
    } catch {
        fail("\(path): \(describe(error))")
    }
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "--version", "-V":
    SystemIO.writeStdout("Python 3.11.7 (pyvm)\n")
    SystemIO.exit(0)
case "-h", "--help":
    SystemIO.writeStdout(usage + "\n")
    SystemIO.exit(0)
case "-m":
    let module = arguments.dropFirst().first
    switch module {
    case "dis": runDis(arguments.dropFirst(2))
    case nil: fail("Argument expected for the -m option", status: 2)
    default: fail("No module named \(module!) (pyvm runs only `-m dis` so far)")
    }
case "--toolkit":
    ToolkitCommands.run(Array(arguments.dropFirst()))
case nil:
    SystemIO.writeStderr(usage + "\n")
    SystemIO.exit(2)
case let option? where option.hasPrefix("-") && option != "-":
    SystemIO.writeStderr("unknown option \(option)\n" + usage + "\n")
    SystemIO.exit(2)
case let path?:
    let loaded: (code: CodeObject, fromSource: Bool)
    do {
        // CPython runs a script under its absolute path (tracebacks and __file__ show it).
        loaded = try loadModuleCode(path: SystemIO.absolutePath(path))
    } catch let error as SystemIO.FileError {
        SystemIO.writeStderr("pyvm: can't open file '\(path)': [Errno \(error.errno)] No such file or directory\n")
        SystemIO.exit(2)
    } catch {
        fail("\(path): \(describe(error))")
    }
    let status = InterpreterThread.run { stackLimit in
        let runtime = Runtime(host: CommandLineHost())
        runtime.nativeStackLimit = stackLimit
        runtime.argv = Array(arguments)
        // The bridge supplies frozenset constants in the compiler's iteration order.
        runtime.frozensetConstantOrder = loaded.fromSource ? .iteration : .insertion
        return runtime.runMain(loaded.code, path: SystemIO.absolutePath(path))
    }
    SystemIO.exit(status)
}
