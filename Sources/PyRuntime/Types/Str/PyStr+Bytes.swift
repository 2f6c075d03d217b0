// Byte-level helpers for str methods. UTF-8 is self-synchronising, so a search for a
// non-empty needle on UTF-8 bytes finds exactly the code point matches; in ASCII text one
// byte is one character, so byte offsets are also Python indices. Results are built
// straight from byte ranges, never through Character or [Unicode.Scalar] copies.
import PyBytecode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PyStrObject {
    /// Calls `body` with the UTF-8 bytes of the text (lone surrogates show as U+FFFD: callers
    /// check `surrogateCodePoints` first where that matters).
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = value
        return try text.withUTF8(body)
    }

    /// The number of UTF-8 bytes.
    @inline(__always)
    var utf8Count: Int { value.utf8.count }
}

/// Byte tables and searches over UTF-8 buffers.
enum StrBytes {
    /// Py_UNICODE_ISSPACE for ASCII: \t \n \v \f \r, the separators \x1c-\x1f and space.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { (b &- 0x09) < 5 || (b &- 0x1C) < 5 }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { (b &- 0x41) < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { (b &- 0x61) < 26 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b & 0xDF : b }

    /// The first offset in `start ..< end` where `needle` (non-empty) starts, or nil.
    static func find(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                     from start: Int, to end: Int) -> Int? {
        let n = needle.count
        guard n > 0, start >= 0, end <= hay.count, end - start >= n,
              let h = hay.baseAddress, let q = needle.baseAddress else { return nil }
        let first = Int32(q[0])
        let last = end - n
        var i = start
        while i <= last {
            guard let hit = memchr(h + i, first, last - i + 1) else { return nil }
            let j = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
            if n == 1 || memcmp(h + j + 1, q + 1, n - 1) == 0 { return j }
            i = j + 1
        }
        return nil
    }

    /// The last offset in `start ..< end` where `needle` (non-empty) starts, or nil.
    static func findLast(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                         from start: Int, to end: Int) -> Int? {
        let n = needle.count
        guard n > 0, start >= 0, end <= hay.count, end - start >= n,
              let h = hay.baseAddress, let q = needle.baseAddress else { return nil }
        let first = q[0]
        var i = end - n
        while i >= start {
            if h[i] == first && (n == 1 || memcmp(h + i + 1, q + 1, n - 1) == 0) { return i }
            i -= 1
        }
        return nil
    }

    /// Non-overlapping occurrences of `needle` (non-empty) in `start ..< end`.
    static func count(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                      from start: Int, to end: Int) -> Int {
        var found = 0
        var i = start
        while let j = find(hay, needle, from: i, to: end) {
            found += 1
            i = j + needle.count
        }
        return found
    }

    /// True when `needle` occurs at `offset` (which must leave room for it).
    @inline(__always)
    static func matches(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= hay.count else { return false }
        guard let h = hay.baseAddress, let q = needle.baseAddress else { return needle.isEmpty }
        return memcmp(h + offset, q, needle.count) == 0
    }
}

extension Runtime {
    /// A new exact str holding bytes `range` of `bytes` (valid UTF-8 cut at code point
    /// boundaries); `isASCII` is the source's flag (a piece of ASCII text is ASCII; a piece
    /// of other text is scanned).
    @inline(__always)
    func strPiece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isASCII: Bool) -> Value {
        if range.count == 1 && bytes[range.lowerBound] < 0x80 { return asciiCharacter(bytes[range.lowerBound]) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return .object(isASCII ? PyStrObject(type: types.str, text, isASCII: true) : PyStrObject(type: types.str, text))
    }

    /// A new ASCII str of `count` bytes written by `fill` (which must write only bytes < 0x80).
    @inline(__always)
    func asciiStr(count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> Value {
        if count == 0 { return str("") }
        if count == 1 {
            var byte: UInt8 = 0
            withUnsafeMutablePointer(to: &byte) { fill(UnsafeMutableBufferPointer(start: $0, count: 1)) }
            return asciiCharacter(byte)
        }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            fill(buffer)
            return count
        }
        return .object(PyStrObject(type: types.str, text, isASCII: true))
    }

    /// The one-character str for an ASCII byte (CPython shares these: `"abc"[0] is "a"`).
    @inline(__always)
    func asciiCharacter(_ byte: UInt8) -> Value {
        .object(asciiCharacterStrs[Int(byte & 0x7F)])
    }

    /// `s` itself when it is an exact str, else an exact copy (what CPython returns from
    /// methods that leave the text unchanged).
    @inline(__always)
    func unchangedStr(_ v: Value, _ s: PyStrObject) -> Value {
        s.type === types.str ? v : exactStr(s)
    }
}

/// How a result made from str operands must be stored.
enum StrKind {
    case ascii       // every byte < 0x80: one byte per character
    case utf8        // valid UTF-8 (a Swift String as is)
    case surrogates  // generalized UTF-8 with lone surrogates (PyStr's surrogatepass bytes)

    init(_ operands: PyStrObject...) {
        var kind = StrKind.ascii
        for s in operands {
            if s.surrogateCodePoints != nil { self = .surrogates; return }
            if !s.isASCII { kind = .utf8 }
        }
        self = kind
    }
}

extension PyStrObject {
    /// The text's bytes for byte algorithms: its UTF-8, or for text with lone surrogates the
    /// generalized UTF-8 that keeps them (3 bytes each, still self-synchronising).
    @inline(__always)
    func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let cps = surrogateCodePoints { return try PyStr(codePoints: cps).utf8.withUnsafeBufferPointer(body) }
        return try withUTF8(body)
    }

    var kind: StrKind { surrogateCodePoints != nil ? .surrogates : (isASCII ? .ascii : .utf8) }
}

extension StrBytes {
    /// The number of code points in (generalized) UTF-8 bytes.
    static func codePointCount(_ b: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Int {
        if ascii { return b.count }
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The byte offset of code point `index` (clamped to the text).
    static func offset(ofIndex index: Int, in b: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Int {
        if ascii { return Swift.min(Swift.max(index, 0), b.count) }
        var k = 0, seen = 0
        while k < b.count && seen < index {
            k += 1
            while k < b.count && b[k] & 0xC0 == 0x80 { k += 1 }
            seen += 1
        }
        return k
    }

    /// The code point index of byte offset `offset` (a code point boundary).
    static func index(ofOffset offset: Int, in b: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Int {
        if ascii { return offset }
        var n = 0
        for k in 0..<Swift.min(offset, b.count) where b[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

extension Runtime {
    /// A new exact str from bytes written by `fill` (`count` of them), stored as `kind` says.
    func strFromBytes(count: Int, kind: StrKind, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> Value {
        switch kind {
        case .ascii:
            return asciiStr(count: count, fill)
        case .utf8:
            if count == 0 { return str("") }
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                fill(buffer)
                return count
            }
            return str(text)
        case .surrogates:
            var bytes = [UInt8](repeating: 0, count: count)
            bytes.withUnsafeMutableBufferPointer { fill($0) }
            return str(codePoints: PyStr(utf8: bytes).codePoints)
        }
    }

    /// A new exact str holding bytes `range` of `bytes`, stored as `kind` says.
    @inline(__always)
    func strPiece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: StrKind) -> Value {
        if kind == .surrogates { return str(codePoints: PyStr(utf8: Array(bytes[range])).codePoints) }
        return strPiece(bytes, range, isASCII: kind == .ascii)
    }
}
