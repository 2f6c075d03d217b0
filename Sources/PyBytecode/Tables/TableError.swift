// The error the table codecs throw for truncated or malformed `co_exceptiontable` /
// `co_linetable` bytes.

public struct TableError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }

    public init(_ message: String) { self.message = message }
}
