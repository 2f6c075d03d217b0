// Compiles Python source into a CPython 3.11 code object by running `python3` once
// (DESIGN.md section 3). It is the only place pyvm depends on a CPython at run time,
// and it goes away when PyCompiler exists.
#if canImport(Glibc)
import Glibc
#endif
import PyBytecode

enum PythonBridge {
    struct CompileError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Compiles the file at `path` like `compile(source, path, "exec")` (the filename in the
    /// code objects is `path` exactly as given) and writes the marshalled pair (code, orders).
    ///
    /// Frozenset constants are why this is more than a compile() call. Marshal sorts set
    /// elements, so `orders` carries each frozenset constant's own iteration order
    /// (depth-first over co_consts). And that order depends on the process: CPython rebuilds a
    /// frozenset constant when interning replaces one of its strings, which happens only if an
    /// equal string is already interned. So the source is compiled inside `dis.main()` run the
    /// way `python3 -m dis` runs it (runpy, argparse), giving the same interned strings.
    static let compileScript = """
        import sys, builtins, marshal, runpy
        class Compiled(BaseException):
            pass
        real_compile = builtins.compile
        def capture(*args, **kwargs):
            raise Compiled(real_compile(*args, **kwargs))
        builtins.compile = capture
        sys.argv = ['dis', sys.argv[1]]
        try:
            runpy.run_module('dis', run_name='__main__', alter_sys=True)
            sys.stderr.write('dis.main() did not compile anything\\n')
            sys.exit(1)
        except Compiled as done:
            code = done.args[0]
        except SystemExit:
            raise
        except BaseException as e:
            sys.stderr.write(f'{type(e).__name__}: {e}\\n')
            sys.exit(1)
        finally:
            builtins.compile = real_compile
        orders = []
        def walk(co):
            for c in co.co_consts:
                if isinstance(c, frozenset):
                    orders.append(tuple(c))
                elif hasattr(c, 'co_code'):
                    walk(c)
        walk(code)
        import os
        extra = os.environ.get('PYTHONPATH', '').split(os.pathsep)
        paths = (sys.executable,) + tuple(p for p in sys.path[1:] if p not in extra)
        sys.stdout.buffer.write(marshal.dumps((code, tuple(orders), paths)))
        """

    static func compile(path: String) throws -> CodeObject {
        try compileScript(path: path).code
    }

    /// Compiles a script; also returns python3's default sys.path after its first entry
    /// (without PYTHONPATH's entries), which pyvm's sys.path reuses.
    static func compileScript(path: String) throws -> (code: CodeObject, searchPath: [String]) {
        let (status, output, errors) = try run([python, "-c", compileScript, path])
        guard status == 0 else {
            let message = errors.split(separator: "\n").last.map(String.init) ?? "python3 exited with status \(status)"
            throw CompileError(message: message)
        }
        guard case .tuple(let triple) = try MarshalReader.load(output), triple.count == 3,
              case .code(var code) = triple[0], case .tuple(let orders) = triple[1], case .tuple(let paths) = triple[2] else {
            throw CompileError(message: "the compiler bridge did not return a code object")
        }
        var remaining = orders[...]
        applyFrozensetOrders(&code, &remaining)
        var searchPath = paths.compactMap { item -> String? in
            if case .str(let s) = item { return s.string }
            return nil
        }
        // The first entry is python3's real executable: later compiles skip launchers (pyenv shims).
        if !searchPath.isEmpty, getenv("PYVM_PYTHON") == nil { resolvedPython = searchPath.removeFirst() }
        return (code, searchPath)
    }

    /// python3's default sys.path after its first entry, ignoring PYTHONPATH (-E).
    static func defaultSearchPath() -> [String] {
        guard let (status, output, _) = try? run([python, "-E", "-c", "import sys; print(sys.executable); print('\\n'.join(sys.path[1:]))"]),
              status == 0 else { return [] }
        var lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        if !lines.isEmpty, getenv("PYVM_PYTHON") == nil { resolvedPython = lines.removeFirst() }
        return lines
    }

    /// python3's real executable once a bridge run reported it (set by the interpreter
    /// thread only, after the front end's own compile).
    nonisolated(unsafe) static var resolvedPython: String? = nil

    /// The python3 to run: PYVM_PYTHON, else the resolved executable, else `python3` on PATH.
    static var python: String {
        if let chosen = getenv("PYVM_PYTHON") { return String(cString: chosen) }
        return resolvedPython ?? "python3"
    }

    /// Puts each frozenset constant's elements in the iteration order the compiler's own
    /// object had (same depth-first walk as the bridge script).
    static func applyFrozensetOrders(_ code: inout CodeObject, _ orders: inout ArraySlice<PyConstant>) {
        for index in code.consts.indices {
            switch code.consts[index] {
            case .frozenset(let stored):
                guard let first = orders.first else { return }
                orders = orders.dropFirst()
                if case .tuple(let ordered) = first, ordered.count == stored.count {
                    code.consts[index] = .frozenset(ordered)
                }
            case .code(var inner):
                applyFrozensetOrders(&inner, &orders)
                code.consts[index] = .code(inner)
            default:
                break
            }
        }
    }

    /// Runs a command, returning its exit status, stdout bytes and stderr text.
    static func run(_ arguments: [String]) throws -> (Int32, [UInt8], String) {
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw CompileError(message: "cannot create a pipe for python3")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        posix_spawn_file_actions_addclose(&actions, errPipe[0])

        // Deterministic hashing, so frozenset constants come out in a reproducible order.
        // (Not `python3 -I`: isolated mode would ignore PYTHONHASHSEED.)
        var environment: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            let item = String(cString: pointer)
            if !item.hasPrefix("PYTHONHASHSEED=") { environment.append(item) }
            entry += 1
        }
        environment.append("PYTHONHASHSEED=0")

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        defer {
            close(outPipe[0])
            close(errPipe[0])
        }
        guard spawned == 0 else {
            throw CompileError(message: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        // Drain both pipes; stderr is small, so read it after stdout closes.
        let output = drain(outPipe[0])
        let errors = String(decoding: drain(errPipe[0]), as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, output, errors)
    }

    private static func drain(_ fd: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                result.append(contentsOf: buffer[0..<n])
            } else if n == 0 || errno != EINTR {
                break
            }
        }
        return result
    }
}
