// The Host capabilities that imports and the time module use, with defaults: a host that
// does not override the file functions has no file system (only native modules import).
#if canImport(Glibc)
import Glibc
#endif

/// What an import needs to know about a path (stat's st_mode kind, st_mtime, st_size).
public struct HostFileStatus: Sendable {
    public var isDirectory: Bool
    public var modificationTime: Int64
    public var size: Int64
    public init(isDirectory: Bool, modificationTime: Int64, size: Int64) {
        self.isDirectory = isDirectory
        self.modificationTime = modificationTime
        self.size = size
    }
}

/// The clocks of the time module.
public enum HostClock: Sendable {
    /// time.time(): seconds since the epoch.
    case wall
    /// time.monotonic() and time.perf_counter().
    case monotonic
    /// time.process_time(): CPU time of the process.
    case process
}

extension Host {
    public func fileStatus(_ path: String) -> HostFileStatus? { nil }
    public func readFile(_ path: String) -> [UInt8]? { nil }
    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) -> Bool { false }
    public func defaultModuleSearchPath() -> [String] { [] }
    public func readInputLine() -> String? { nil }

    public func clock(_ kind: HostClock) -> Double {
        var spec = timespec()
        switch kind {
        case .wall: clock_gettime(CLOCK_REALTIME, &spec)
        case .monotonic: clock_gettime(CLOCK_MONOTONIC, &spec)
        case .process: clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    public func sleep(seconds: Double) {
        guard seconds > 0, seconds.isFinite else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
