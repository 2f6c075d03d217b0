// pyvm's command line: parses arguments like python3, loads code, prints. All the work
// happens in the libraries; this file only decides what to call and how to report errors.
#if canImport(Glibc)
import Glibc
#endif
import PyBytecode
import PyRuntime

let usageLine = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ..."
let usage = """
    \(usageLine)
    Options (as python3's):
    -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
    -c cmd : program passed in as string (terminates option list)
    -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
    -i     : inspect interactively after running script
    -I     : isolate (implies -E, -s and -P)
    -m mod : run library module as a script (terminates option list)
    -P     : don't prepend a potentially unsafe path to sys.path
    -q     : don't print version and copyright messages on interactive startup
    -s, -S : accepted (no user site directory, no site module)
    -u     : force the stdout and stderr streams to be unbuffered
    -V     : print the Python version number and exit (also --version)
    -X opt : set implementation-specific option (sys._xoptions)
    -O, -OO, -b, -d, -v, -W arg, -R : accepted and ignored
    file   : program read from script file (a .py source or a .pyc)
    -      : program read from stdin (default; interactive mode if a tty)
    pyvm extras:
    -m dis FILE : disassemble FILE (.py source or .pyc), printing what `python3 -m dis` prints
    --toolkit   : bytecode toolkit commands
    """

/// Loads the module code object of a `.pyc` file or compiles a source file through python3.
/// `fromSource` tells whether frozenset constants carry the compiler's own element order.
func loadModuleCode(path: String) throws -> (code: CodeObject, fromSource: Bool, searchPath: [String]?) {
    let bytes = try SystemIO.readFile(path)
    if bytes.starts(with: PycFile.magic) || path.hasSuffix(".pyc") {
        return (try PycFile.parse(bytes).code, false, nil)
    }
    let compiled = try PythonBridge.compileScript(path: path)
    return (compiled.code, true, compiled.searchPath)
}

/// dis text for a loaded module. Frozensets print in the compiler's order for source files,
/// and in the order CPython's marshal.loads would rebuild them for .pyc files.
func disassembly(path: String) throws -> String {
    let (code, fromSource, _) = try loadModuleCode(path: path)
    return try Disassembler.disassemble(code, setOrder: fromSource ? .asStored : .hashTable)
}

/// Reports an error the way the CLI promises: one line on stderr, exit status 1.
func fail(_ message: String, status: Int32 = 1) -> Never {
    SystemIO.writeStderr("pyvm: \(message)\n")
    SystemIO.exit(status)
}

/// python3's complaint about the command line: the message, the usage line, exit status 2.
func usageError(_ message: String) -> Never {
    SystemIO.writeStderr("\(message)\n\(usageLine)\nTry `pyvm -h' for more information.\n")
    SystemIO.exit(2)
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

/// What the command line asks for, parsed like CPython's getopt (options end at -c, -m, a
/// file name or `-`).
struct CommandLineOptions {
    enum Program { case script(String), command(String), module(String), standardInput }
    var program: Program = .standardInput
    var arguments: [String] = []
    var ignoreEnvironment = false
    var dontWriteBytecode = false
    var inspect = false
    var isolated = false
    var safePath = false
    var quiet = false
    var unbuffered = false
    var noUserSite = false
    var noSite = false
    var optimize = 0
    var verbose = 0
    var bytesWarning = 0
    var xOptions: [(String, String?)] = []

    static func parse(_ argv: [String]) -> CommandLineOptions {
        var options = CommandLineOptions()
        var index = 0
        func operand(_ option: Character, _ rest: Substring) -> String {
            if !rest.isEmpty { return String(rest) }
            index += 1
            guard index < argv.count else { usageError("Argument expected for the -\(option) option") }
            return argv[index]
        }
        while index < argv.count {
            let argument = argv[index]
            if argument == "--version" { SystemIO.writeStdout("Python 3.11.7\n"); SystemIO.exit(0) }
            if argument == "--help" { SystemIO.writeStdout(usage + "\n"); SystemIO.exit(0) }
            if argument == "-" {
                options.arguments = Array(argv[index...])
                return options
            }
            guard argument.hasPrefix("-"), argument.count > 1, !argument.hasPrefix("--") else {
                if argument.hasPrefix("--") { usageError("unknown option \(argument)") }
                options.program = .script(argument)
                options.arguments = Array(argv[index...])
                return options
            }
            var flags = argument.dropFirst()
            while let flag = flags.first {
                flags = flags.dropFirst()
                switch flag {
                case "c":
                    let command = operand("c", flags)
                    options.program = .command(command)
                    options.arguments = ["-c"] + argv[(index + 1)...]
                    return options
                case "m":
                    let module = operand("m", flags)
                    options.program = .module(module)
                    options.arguments = [module] + argv[(index + 1)...]
                    return options
                case "X":
                    let value = operand("X", flags)
                    if let equals = value.firstIndex(of: "=") {
                        options.xOptions.append((String(value[..<equals]), String(value[value.index(after: equals)...])))
                    } else {
                        options.xOptions.append((value, nil))
                    }
                    flags = ""
                case "W":
                    _ = operand("W", flags)
                    flags = ""
                case "B": options.dontWriteBytecode = true
                case "E": options.ignoreEnvironment = true
                case "i": options.inspect = true
                case "I": options.isolated = true; options.ignoreEnvironment = true; options.safePath = true; options.noUserSite = true
                case "P": options.safePath = true
                case "q": options.quiet = true
                case "u": options.unbuffered = true
                case "s": options.noUserSite = true
                case "S": options.noSite = true
                case "O": options.optimize += 1
                case "v": options.verbose += 1
                case "b": options.bytesWarning += 1
                case "d", "R": break
                case "V": SystemIO.writeStdout("Python 3.11.7\n"); SystemIO.exit(0)
                case "h", "?": SystemIO.writeStdout(usage + "\n"); SystemIO.exit(0)
                default: usageError("Unknown option: -\(flag)")
                }
            }
            index += 1
        }
        options.arguments = [""]
        return options
    }
}

/// When pyvm started: `-X timeout` counts from here.
let launchClock = Runtime.monotonicSeconds()
let rawArguments = Array(CommandLine.arguments.dropFirst())
switch rawArguments.first {
case "-m" where rawArguments.count > 1 && rawArguments[1] == "dis":
    runDis(rawArguments.dropFirst(2)[...])
case "--toolkit":
    ToolkitCommands.run(Array(rawArguments.dropFirst()))
default:
    break
}

let options = CommandLineOptions.parse(rawArguments)
func environment(_ name: String) -> String? {
    if options.ignoreEnvironment { return nil }
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
}

/// Compiles -c or stdin source. A SyntaxError is reported later by the runtime, which
/// prints it the way CPython does.
func compileMain(_ source: [UInt8], filename: String) -> HostCompileResult {
    PythonBridge.compileSource(HostCompileRequest(source: source, sourceIsText: false, filename: filename, mode: "exec",
                                                  flags: 0, dontInherit: true, optimize: -1))
}
var deferredCompileError: HostCompileResult? = nil

/// The program's code, its __file__ and sys.path[0], compiled before the interpreter starts.
var mainCode: CodeObject? = nil
var mainPath: String? = nil
var firstPathEntry: String? = ""
var fromSource = true
var reportedSearchPath: [String]? = nil
let standardInputIsTerminal = isatty(0) != 0
var interactive = options.inspect

switch options.program {
case .script(let path):
    let absolute = SystemIO.absolutePath(path)
    do {
        let loaded = try loadModuleCode(path: absolute)
        mainCode = loaded.code
        fromSource = loaded.fromSource
        reportedSearchPath = loaded.searchPath
    } catch let error as SystemIO.FileError {
        SystemIO.writeStderr("pyvm: can't open file '\(absolute)': [Errno \(error.errno)] No such file or directory\n")
        SystemIO.exit(2)
    } catch {
        fail("\(path): \(describe(error))")
    }
    mainPath = absolute
    // CPython's sys.path[0] is the directory of the script with symlinks resolved.
    let resolved = realpath(absolute, nil).map { pointer -> String in
        defer { free(pointer) }
        return String(cString: pointer)
    } ?? absolute
    firstPathEntry = String(resolved[..<(resolved.lastIndex(of: "/") ?? resolved.startIndex)])
case .command(let command):
    switch compileMain(Array(command.utf8), filename: "<string>") {
    case .code(let code): mainCode = code
    case let failure: deferredCompileError = failure
    }
case .module:
    // sys.path[0] is the working directory; the module is found by the runtime.
    var buffer = [CChar](repeating: 0, count: 4096)
    firstPathEntry = getcwd(&buffer, buffer.count) != nil ? String(cString: buffer) : ""
case .standardInput:
    if (standardInputIsTerminal || options.inspect) && options.arguments.first != "-" {
        // The REPL reads standard input itself (python3 -i < file runs the file's lines there).
        interactive = true
    } else {
        mainPath = "<stdin>"
        switch compileMain(SystemIO.readStandardInput(), filename: "<stdin>") {
        case .code(let code): mainCode = code
        case let failure: deferredCompileError = failure
        }
    }
}
if options.safePath { firstPathEntry = nil }

var pythonPath: [String] = []
if !options.isolated, let value = environment("PYTHONPATH") {
    pythonPath = value.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
}
let dontWriteBytecode = options.dontWriteBytecode || environment("PYTHONDONTWRITEBYTECODE") != nil
let unbuffered = options.unbuffered || environment("PYTHONUNBUFFERED") != nil
let inspectFromEnvironment = environment("PYTHONINSPECT") != nil
let flags: [(String, Int)] = [
    ("debug", 0), ("inspect", options.inspect || inspectFromEnvironment ? 1 : 0),
    ("interactive", options.inspect || interactive ? 1 : 0), ("optimize", options.optimize),
    ("dont_write_bytecode", dontWriteBytecode ? 1 : 0), ("no_user_site", options.noUserSite ? 1 : 0),
    ("no_site", options.noSite ? 1 : 0), ("ignore_environment", options.ignoreEnvironment ? 1 : 0),
    ("verbose", options.verbose), ("bytes_warning", options.bytesWarning), ("quiet", options.quiet ? 1 : 0),
    ("hash_randomization", environment("PYTHONHASHSEED") == "0" ? 0 : 1), ("isolated", options.isolated ? 1 : 0),
    ("dev_mode", 0), ("utf8_mode", 0), ("warn_default_encoding", 0), ("safe_path", options.safePath ? 1 : 0),
    ("int_max_str_digits", -1),
]
var workingDirectory = "/"
do {
    var buffer = [CChar](repeating: 0, count: 4096)
    if getcwd(&buffer, buffer.count) != nil { workingDirectory = String(cString: buffer) }
}

/// Execution limits from `-X max-instructions=N`, `-X timeout=SECONDS`, `-X max-memory=MB`.
func parseLimits(_ xOptions: [(String, String?)]) -> ExecutionLimits {
    var limits = ExecutionLimits()
    limits.clockStart = launchClock
    for (key, value) in xOptions {
        switch key {
        case "max-instructions":
            guard let n = value.flatMap({ Int($0) }), n > 0 else { fail("-X max-instructions needs a positive integer", status: 2) }
            limits.maxInstructions = n
        case "timeout":
            guard let seconds = value.flatMap({ Double($0) }), seconds > 0, seconds.isFinite else {
                fail("-X timeout needs a positive number of seconds", status: 2)
            }
            limits.timeoutSeconds = seconds
        case "max-memory":
            guard let megabytes = value.flatMap({ Int($0) }), megabytes > 0, megabytes < 1 << 40 else {
                fail("-X max-memory needs a positive number of megabytes", status: 2)
            }
            limits.maxMemoryMegabytes = megabytes
        default:
            break
        }
    }
    return limits
}
let launchLimits = parseLimits(options.xOptions)

// The interpreter thread reads only these constants (top-level variables belong to the main actor).
let launchCode = mainCode, launchPath = mainPath, launchFirstPathEntry = firstPathEntry
let launchFromSource = fromSource, launchSearchPath = reportedSearchPath, launchInteractive = interactive
let launchCompileError = deferredCompileError
let launchExecutable = CommandLine.arguments.first.map { SystemIO.absolutePath($0) } ?? ""
let launchWorkingDirectory = workingDirectory, launchPythonPath = pythonPath
let status = InterpreterThread.run { stackLimit in
    let host = CommandLineHost(searchPath: launchSearchPath)
    host.unbuffered = unbuffered
    let runtime = Runtime(host: host)
    runtime.nativeStackLimit = stackLimit
    runtime.argv = options.arguments
    runtime.imports.firstPathEntry = launchFirstPathEntry
    runtime.imports.environmentPath = launchPythonPath
    runtime.imports.dontWriteBytecode = dontWriteBytecode
    runtime.imports.currentDirectory = launchWorkingDirectory
    runtime.imports.executable = launchExecutable
    runtime.imports.flags = flags
    runtime.imports.xOptions = options.xOptions
    // The bridge supplies frozenset constants in the compiler's iteration order.
    runtime.frozensetConstantOrder = launchFromSource ? .iteration : .insertion
    runtime.armLimits(launchLimits)
    let readLine: (() -> String?)? = launchInteractive ? { SystemIO.readLine() } : nil
    if launchInteractive && !options.quiet && standardInputIsTerminal {
        host.writeStderr("Python 3.11.7 (pyvm) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
    }
    if case .module(let name) = options.program {
        return runtime.runModuleAsMain(name, interactive: readLine)
    }
    if let launchCompileError {
        return runtime.reportCompileFailure(launchCompileError)
    }
    return runtime.runMain(launchCode, path: launchPath, interactive: readLine)
}
SystemIO.exit(status)
