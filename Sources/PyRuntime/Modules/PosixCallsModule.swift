// `_posixcalls`: the native half of pyvm's `posix` module (Lib/posix.py holds the
// Python half: stat_result, DirEntry, scandir, environ). One function, `call(NAME, *args)`,
// turns its arguments into a SystemCall for the Host and its reply into Python values;
// a failed call raises OSError with the errno, its message and the caller's filenames.
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    func makePosixCallsModule() -> PyModule {
        let (module, ns) = newNativeModule("_posixcalls")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        def("call") { rt, args, kwargs in
            try rt.expectArgs("call", args, kwargs, min: 1, max: 8)
            return try rt.performPosixCall(args)
        }
        def("strerror") { rt, args, kwargs in
            try rt.expectArgs("strerror", args, kwargs, min: 1, max: 1)
            return rt.str(Runtime.errorMessage(Int32(truncatingIfNeeded: try rt.index(args[0]))))
        }
        return module
    }

    static func errorMessage(_ code: Int32) -> String {
        #if canImport(Glibc)
        return String(cString: strerror(code))
        #else
        return "Unknown error \(code)"
        #endif
    }

    /// OSError(errno, strerror[, filename[, None, filename2]]), whose constructor picks the subclass.
    func osError(_ code: Int32, filenames: [Value]) -> Error {
        var args: [Value] = [.int(Int(code)), str(Runtime.errorMessage(code))]
        if let first = filenames.first {
            args.append(first)
            if filenames.count > 1 { args += [.none, filenames[1]] }
        }
        do {
            let made = try call(builtins.lookupString(intern("OSError")) ?? .none, args)
            if let exception = made.object as? PyBaseException { return PyException(exception) }
        } catch {
            return error
        }
        return self.error(types.systemError, "cannot create OSError")
    }

    private func performPosixCall(_ args: [Value]) throws -> Value {
        guard let name = strValue(args[0]) else { throw error(types.typeError, "call name must be str") }
        let rest = Array(args.dropFirst())
        func arg(_ i: Int) throws -> Value {
            guard i < rest.count else { throw error(types.typeError, "\(name): missing argument \(i + 1)") }
            return rest[i]
        }
        func path(_ i: Int) throws -> [UInt8] { try bytesArgument(try arg(i)) }
        func int32(_ i: Int) throws -> Int32 {
            let n = try index(try arg(i))
            guard let v = Int32(exactly: n) else { throw error(types.overflowError, "signed integer is greater than maximum") }
            return v
        }
        func int64(_ i: Int) throws -> Int64 { Int64(try index(try arg(i))) }
        func optionalInt64(_ i: Int) throws -> Int64? { try arg(i).isNone ? nil : try int64(i) }
        /// The filenames an error reports: the arguments from `i` on.
        func names(from i: Int) -> [Value] { Array(rest.dropFirst(i)) }
        let request: SystemCall
        var filenames: [Value] = []
        switch name {
        case "stat": request = .stat(path: try path(0), followSymlinks: try isTrue(try arg(1))); filenames = names(from: 2)
        case "fstat": request = .fstat(fd: try int32(0))
        case "listdir": request = .listDirectory(path: try path(0)); filenames = names(from: 1)
        case "open":
            request = .open(path: try path(0), flags: try int32(1), mode: UInt32(truncatingIfNeeded: try int64(2)))
            filenames = names(from: 3)
        case "close": request = .close(fd: try int32(0))
        case "read": request = .read(fd: try int32(0), count: try index(try arg(1)))
        case "write": request = .write(fd: try int32(0), bytes: try path(1))
        case "lseek": request = .seek(fd: try int32(0), offset: try int64(1), whence: try int32(2))
        case "ftruncate": request = .truncate(fd: try int32(0), length: try int64(1))
        case "fsync": request = .sync(fd: try int32(0))
        case "isatty": request = .isTerminal(fd: try int32(0))
        case "dup": request = .duplicate(fd: try int32(0))
        case "dup2": request = .duplicateTo(fd: try int32(0), target: try int32(1))
        case "pipe": request = .pipe
        case "getcwd": request = .currentDirectory
        case "chdir": request = .changeDirectory(path: try path(0)); filenames = names(from: 1)
        case "mkdir":
            request = .makeDirectory(path: try path(0), mode: UInt32(truncatingIfNeeded: try int64(1)))
            filenames = names(from: 2)
        case "rmdir": request = .removeDirectory(path: try path(0)); filenames = names(from: 1)
        case "unlink": request = .unlink(path: try path(0)); filenames = names(from: 1)
        case "rename": request = .rename(from: try path(0), to: try path(1)); filenames = names(from: 2)
        case "readlink": request = .readLink(path: try path(0)); filenames = names(from: 1)
        case "symlink": request = .symlink(target: try path(0), link: try path(1)); filenames = names(from: 2)
        case "link": request = .link(from: try path(0), to: try path(1)); filenames = names(from: 2)
        case "chmod":
            request = .chmod(path: try path(0), mode: UInt32(truncatingIfNeeded: try int64(1)))
            filenames = names(from: 2)
        case "access": request = .access(path: try path(0), mode: try int32(1))
        case "utime":
            request = .setTimes(path: try path(0), accessed: try optionalInt64(1), modified: try optionalInt64(2))
            filenames = names(from: 3)
        case "environ": request = .environment
        case "putenv": request = .setEnvironment(name: try path(0), value: try path(1))
        case "unsetenv": request = .unsetEnvironment(name: try path(0))
        case "urandom": request = .randomBytes(count: try index(try arg(0)))
        case "ids": request = .processIdentity
        case "umask": request = .umask(mask: UInt32(truncatingIfNeeded: try int64(0)))
        case "uname": request = .systemName
        case "cpu_count": request = .cpuCount
        case "get_terminal_size": request = .terminalSize(fd: try int32(0))
        case "kill": request = .kill(pid: try int32(0), signal: try int32(1))
        case "_exit": request = .exit(status: try int32(0))
        default: throw error(types.valueError, "unknown system call \(name)")
        }
        switch host.system(request) {
        case .failed(let code): throw osError(code, filenames: filenames)
        case .done: return .none
        case .int(let n): return .int(n)
        case .ints(let values): return tuple(values.map { .int($0) })
        case .bytes(let data): return bytes(data)
        case .strings(let texts): return tuple(texts.map { str($0) })
        case .entries(let entryNames, let entryTypes):
            return list(zip(entryNames, entryTypes).map { tuple([bytes($0.0), .int($0.1)]) })
        case .pairs(let pairs): return list(pairs.map { tuple([bytes($0.0), bytes($0.1)]) })
        }
    }
}
