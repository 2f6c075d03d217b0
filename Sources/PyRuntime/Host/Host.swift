// Everything that touches the outside world goes through a Host, so tests can capture
// output and an embedder can deny capabilities.

public protocol Host: AnyObject {
    func writeStdout(_ text: String)
    func writeStderr(_ text: String)
    func flushStdout()
    /// A source file's bytes, for traceback source lines; nil when unavailable or denied.
    func readSource(_ path: String) -> [UInt8]?
}

/// Collects output in memory (tests, embedding).
public final class CapturingHost: Host {
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    public init() {}
    public func writeStdout(_ text: String) { stdout += text }
    public func writeStderr(_ text: String) { stderr += text }
    public func flushStdout() {}
    public func readSource(_ path: String) -> [UInt8]? { nil }
}
