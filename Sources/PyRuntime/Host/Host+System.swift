// The operating-system calls behind the `posix` module (and so `os`). Every call a
// program makes goes through `Host.system(_:)`, one typed request at a time, so an
// embedder can deny or redirect any of them; the default performs them with libc.
#if canImport(Glibc)
import Glibc
#endif

/// One operating-system request. Paths are the file-system encoding's bytes.
public enum SystemCall {
    case stat(path: [UInt8], followSymlinks: Bool)
    case fstat(fd: Int32)
    /// The entries of a directory except "." and "..", with their d_type.
    case listDirectory(path: [UInt8])
    case open(path: [UInt8], flags: Int32, mode: UInt32)
    case close(fd: Int32)
    case read(fd: Int32, count: Int)
    case write(fd: Int32, bytes: [UInt8])
    case seek(fd: Int32, offset: Int64, whence: Int32)
    case truncate(fd: Int32, length: Int64)
    case sync(fd: Int32)
    case isTerminal(fd: Int32)
    case duplicate(fd: Int32)
    case duplicateTo(fd: Int32, target: Int32)
    case pipe
    case currentDirectory
    case changeDirectory(path: [UInt8])
    case makeDirectory(path: [UInt8], mode: UInt32)
    case removeDirectory(path: [UInt8])
    case unlink(path: [UInt8])
    case rename(from: [UInt8], to: [UInt8])
    case readLink(path: [UInt8])
    case symlink(target: [UInt8], link: [UInt8])
    case link(from: [UInt8], to: [UInt8])
    case chmod(path: [UInt8], mode: UInt32)
    case access(path: [UInt8], mode: Int32)
    /// Access and modification times in nanoseconds; nil means now.
    case setTimes(path: [UInt8], accessed: Int64?, modified: Int64?)
    case environment
    case setEnvironment(name: [UInt8], value: [UInt8])
    case unsetEnvironment(name: [UInt8])
    case randomBytes(count: Int)
    /// pid, ppid, uid, euid, gid, egid.
    case processIdentity
    case umask(mask: UInt32)
    case systemName
    case cpuCount
    case terminalSize(fd: Int32)
    case kill(pid: Int32, signal: Int32)
    case exit(status: Int32)
}

/// The answer to a SystemCall.
public enum SystemReply {
    case done
    case int(Int)
    case ints([Int])
    case bytes([UInt8])
    case strings([String])
    /// Names and d_type values of a directory listing.
    case entries(names: [[UInt8]], types: [Int])
    case pairs([([UInt8], [UInt8])])
    /// The call failed with this errno.
    case failed(errno: Int32)
}

extension Host {
    public func system(_ call: SystemCall) -> SystemReply { SystemCalls.perform(call) }
}

/// The default, libc-backed implementation of every SystemCall.
public enum SystemCalls {
    public static func perform(_ call: SystemCall) -> SystemReply {
        #if canImport(Glibc)
        switch call {
        case .stat(let path, let follow):
            var info = Glibc.stat()
            let status = withPath(path) { follow ? stat($0, &info) : lstat($0, &info) }
            return status == 0 ? .ints(fields(of: info)) : failure()
        case .fstat(let fd):
            var info = Glibc.stat()
            return Glibc.fstat(fd, &info) == 0 ? .ints(fields(of: info)) : failure()
        case .listDirectory(let path):
            guard let directory = withPath(path, { opendir($0) }) else { return failure() }
            defer { closedir(directory) }
            var names: [[UInt8]] = []
            var types: [Int] = []
            errno = 0
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix(while: { $0 != 0 }))
                }
                if name == [46] || name == [46, 46] { continue }
                names.append(name)
                types.append(Int(entry.pointee.d_type))
            }
            if errno != 0 { return failure() }
            return .entries(names: names, types: types)
        case .open(let path, let flags, let mode):
            let fd = withPath(path) { Glibc.open($0, flags | O_CLOEXEC, mode) }
            return fd >= 0 ? .int(Int(fd)) : failure()
        case .close(let fd):
            return Glibc.close(fd) == 0 ? .done : failure()
        case .read(let fd, let count):
            var buffer = [UInt8](repeating: 0, count: max(0, count))
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { return failure() }
            buffer.removeSubrange(n...)
            return .bytes(buffer)
        case .write(let fd, let bytes):
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            return n >= 0 ? .int(n) : failure()
        case .seek(let fd, let offset, let whence):
            let position = lseek(fd, off_t(offset), whence)
            return position >= 0 ? .int(Int(position)) : failure()
        case .truncate(let fd, let length):
            return ftruncate(fd, off_t(length)) == 0 ? .done : failure()
        case .sync(let fd):
            return fsync(fd) == 0 ? .done : failure()
        case .isTerminal(let fd):
            return .int(isatty(fd) == 1 ? 1 : 0)
        case .duplicate(let fd):
            let copy = fcntl(fd, F_DUPFD_CLOEXEC, 0)
            return copy >= 0 ? .int(Int(copy)) : failure()
        case .duplicateTo(let fd, let target):
            return dup2(fd, target) >= 0 ? .int(Int(target)) : failure()
        case .pipe:
            var ends: [Int32] = [0, 0]
            return Glibc.pipe(&ends) == 0 ? .ints([Int(ends[0]), Int(ends[1])]) : failure()
        case .currentDirectory:
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { return failure() }
            return .bytes(buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) })
        case .changeDirectory(let path):
            return check(withPath(path) { chdir($0) })
        case .makeDirectory(let path, let mode):
            return check(withPath(path) { mkdir($0, mode) })
        case .removeDirectory(let path):
            return check(withPath(path) { rmdir($0) })
        case .unlink(let path):
            return check(withPath(path) { Glibc.unlink($0) })
        case .rename(let from, let to):
            return check(withPath(from) { f in withPath(to) { t in Glibc.rename(f, t) } })
        case .readLink(let path):
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = withPath(path) { readlink($0, &buffer, buffer.count) }
            if n < 0 { return failure() }
            return .bytes(buffer.prefix(n).map { UInt8(bitPattern: $0) })
        case .symlink(let target, let link):
            return check(withPath(target) { t in withPath(link) { l in Glibc.symlink(t, l) } })
        case .link(let from, let to):
            return check(withPath(from) { f in withPath(to) { t in Glibc.link(f, t) } })
        case .chmod(let path, let mode):
            return check(withPath(path) { Glibc.chmod($0, mode) })
        case .access(let path, let mode):
            return .int(withPath(path) { Glibc.access($0, mode) } == 0 ? 1 : 0)
        case .setTimes(let path, let accessed, let modified):
            func spec(_ ns: Int64?) -> timespec {
                guard let ns else { return timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1) }  // UTIME_NOW
                let seconds = ns >= 0 ? ns / 1_000_000_000 : (ns - 999_999_999) / 1_000_000_000
                return timespec(tv_sec: Int(seconds), tv_nsec: Int(ns - seconds * 1_000_000_000))
            }
            let times = [spec(accessed), spec(modified)]
            return check(withPath(path) { utimensat(AT_FDCWD, $0, times, 0) })
        case .environment:
            var pairs: [([UInt8], [UInt8])] = []
            var cursor = environ
            while let entry = cursor.pointee {
                let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self),
                                                      count: strlen(entry)))
                if let equals = bytes.firstIndex(of: 61), equals > 0 {
                    pairs.append((Array(bytes[..<equals]), Array(bytes[(equals + 1)...])))
                }
                cursor += 1
            }
            return .pairs(pairs)
        case .setEnvironment(let name, let value):
            return check(withPath(name) { n in withPath(value) { v in setenv(n, v, 1) } })
        case .unsetEnvironment(let name):
            return check(withPath(name) { unsetenv($0) })
        case .randomBytes(let count):
            var buffer = [UInt8](repeating: 0, count: max(0, count))
            let source = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
            if source < 0 { return failure() }
            defer { Glibc.close(source) }
            var filled = 0
            while filled < buffer.count {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress! + filled, $0.count - filled) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return failure()
                }
                if n == 0 { return .failed(errno: EIO) }
                filled += n
            }
            return .bytes(buffer)
        case .processIdentity:
            return .ints([Int(getpid()), Int(getppid()), Int(getuid()), Int(geteuid()), Int(getgid()), Int(getegid())])
        case .umask(let mask):
            return .int(Int(Glibc.umask(mode_t(mask))))
        case .systemName:
            var name = utsname()
            guard uname(&name) == 0 else { return failure() }
            func text<T>(_ field: T) -> String {
                withUnsafeBytes(of: field) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            }
            return .strings([text(name.sysname), text(name.nodename), text(name.release), text(name.version),
                             text(name.machine)])
        case .cpuCount:
            return .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        case .terminalSize(let fd):
            var size = winsize()
            guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return failure() }
            return .ints([Int(size.ws_col), Int(size.ws_row)])
        case .kill(let pid, let signal):
            return check(Glibc.kill(pid, signal))
        case .exit(let status):
            Glibc._exit(status)
        }
        #else
        return .failed(errno: 38)
        #endif
    }

    #if canImport(Glibc)
    private static func failure() -> SystemReply { .failed(errno: errno) }

    private static func check(_ status: Int32) -> SystemReply { status == 0 ? .done : failure() }

    private static func withPath<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    /// st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, the three times as
    /// (seconds, nanoseconds), st_blksize, st_blocks, st_rdev.
    private static func fields(of info: Glibc.stat) -> [Int] {
        [Int(info.st_mode), Int(bitPattern: UInt(info.st_ino)), Int(bitPattern: UInt(info.st_dev)), Int(info.st_nlink),
         Int(info.st_uid), Int(info.st_gid), Int(info.st_size),
         Int(info.st_atim.tv_sec), Int(info.st_atim.tv_nsec), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec),
         Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec), Int(info.st_blksize), Int(info.st_blocks),
         Int(bitPattern: UInt(info.st_rdev))]
    }
    #endif
}
