// Execution limits (`-X max-instructions=N`, `-X timeout=S`, `-X max-memory=MB`, or
// `Runtime.armLimits` from Swift). The eval loop only decrements `instructionBudget` at
// backward jumps (by the length of the loop body) and at Python calls; when it reaches
// zero, `limitCheckpoint` counts the slice, reads the clock and the peak resident size,
// and starts the next slice. With no limit the budget is Int.max and never runs out, so
// the loop pays one subtraction and one compare per back-edge.
//
// A limit stops the program with `ExecutionLimitExceeded`, a Swift error that is not a
// Python exception: exception tables, `except BaseException`, `finally` and `__exit__`
// never see it (the eval loop unwinds every frame without running handlers), and once
// it has fired every later checkpoint throws it again, so a native `catch` that swallows
// it cannot let the program go on for long. `__del__` and atexit calls do not run after it.
#if canImport(Glibc)
import Glibc
#endif

/// The limits a program runs under; nil means no limit.
public struct ExecutionLimits: Sendable {
    public var maxInstructions: Int?
    public var timeoutSeconds: Double?
    public var maxMemoryMegabytes: Int?
    /// When the timeout starts (a `monotonicSeconds()` reading); nil: when limits are armed.
    /// The command line passes its own start, so compiling the script counts too.
    public var clockStart: Double?
    public init(maxInstructions: Int? = nil, timeoutSeconds: Double? = nil, maxMemoryMegabytes: Int? = nil) {
        self.maxInstructions = maxInstructions
        self.timeoutSeconds = timeoutSeconds
        self.maxMemoryMegabytes = maxMemoryMegabytes
    }
    var isEmpty: Bool { maxInstructions == nil && timeoutSeconds == nil && maxMemoryMegabytes == nil }
}

/// The stop of a program that reached one of its limits; `description` is the line the
/// command line prints.
public struct ExecutionLimitExceeded: Error, CustomStringConvertible {
    public let description: String
}

/// What the checkpoints need between two slices.
final class LimitState {
    let limits: ExecutionLimits
    /// Instructions counted in finished slices.
    var executed = 0
    /// The budget the current slice started with.
    var slice = 0
    var deadline: Double?
    var stop: ExecutionLimitExceeded?
    init(limits: ExecutionLimits) { self.limits = limits }
}

extension Runtime {
    /// Instructions between two checks of the clock and of the memory.
    static let limitCheckInterval = 10_000

    /// Runs everything from now on under `limits` (an empty set removes them).
    public func armLimits(_ limits: ExecutionLimits) {
        guard !limits.isEmpty else {
            limitState = nil
            instructionBudget = .max
            return
        }
        let state = LimitState(limits: limits)
        state.deadline = limits.timeoutSeconds.map { (limits.clockStart ?? Runtime.monotonicSeconds()) + $0 }
        limitState = state
        startSlice(state)
    }

    /// The limit that stopped the program, if one did.
    public var limitStop: ExecutionLimitExceeded? { limitState?.stop }

    private func startSlice(_ state: LimitState) {
        var slice = Runtime.limitCheckInterval
        if let max = state.limits.maxInstructions { slice = Swift.min(slice, Swift.max(1, max - state.executed)) }
        state.slice = slice
        instructionBudget = slice
    }

    /// Called by the eval loop when `instructionBudget` ran out.
    @inline(never)
    func limitCheckpoint() throws {
        guard let state = limitState else {
            instructionBudget = .max
            return
        }
        if let stop = state.stop {
            instructionBudget = 0
            throw stop
        }
        state.executed += state.slice - instructionBudget
        if let max = state.limits.maxInstructions, state.executed >= max {
            throw fireLimit(state, "instruction limit of \(max) reached")
        }
        if let deadline = state.deadline, Runtime.monotonicSeconds() >= deadline {
            throw fireLimit(state, "time limit of \(Runtime.formatSeconds(state.limits.timeoutSeconds ?? 0)) s reached")
        }
        if let megabytes = state.limits.maxMemoryMegabytes, Runtime.peakResidentBytes() > megabytes << 20 {
            throw fireLimit(state, "memory limit of \(megabytes) MB reached")
        }
        startSlice(state)
    }

    /// Accounts an allocation of `bytes` about to be made (sequence repetition and other
    /// amplifiers): refused before it is made when it would pass the memory limit.
    @inline(__always)
    func accountAllocation(bytes: Int) throws {
        guard let state = limitState else { return }
        try accountAllocationSlow(state, bytes: bytes)
    }

    @inline(never)
    private func accountAllocationSlow(_ state: LimitState, bytes: Int) throws {
        if let stop = state.stop { throw stop }
        guard let megabytes = state.limits.maxMemoryMegabytes else { return }
        let limit = megabytes << 20
        // Small allocations are left to the periodic check (reading the resident size
        // costs a file read); big ones are compared with what is in use now.
        guard bytes >= 1 << 20 else { return }
        if bytes > limit || Runtime.currentResidentBytes() + bytes > limit {
            throw fireLimit(state, "memory limit of \(megabytes) MB reached")
        }
    }

    private func fireLimit(_ state: LimitState, _ message: String) -> ExecutionLimitExceeded {
        let stop = ExecutionLimitExceeded(description: "pyvm: " + message)
        state.stop = stop
        instructionBudget = 0
        return stop
    }

    public static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    /// The peak resident size so far (getrusage: one system call, no file to read).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    /// The resident size now, from /proc/self/statm (0 when unreadable).
    static func currentResidentBytes() -> Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return 0 }
        // "size resident shared ..." in pages.
        let fields = String(cString: buffer).split(separator: " ")
        guard fields.count >= 2, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// list.append and LIST_APPEND: when the list's buffer is full, the growth (a buffer
    /// twice the size, the old one alive while copying) is accounted first.
    @inline(__always)
    func appendAccounted(_ list: PyList, _ value: consuming Value) throws {
        if limitState != nil, list.items.count == list.items.capacity {
            try accountAllocation(bytes: Swift.max(list.items.capacity, 16) &* 48)
        }
        list.items.append(value)
    }
}
