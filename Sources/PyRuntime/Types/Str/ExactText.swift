// Formatting that keeps lone surrogates. Swift Strings cannot hold them, so a str with lone
// surrogates (PyStrObject.surrogateCodePoints) shows U+FFFD in its `value`. The formatting
// paths (f-strings, format(), str.format, %) build Swift Strings; they record where a
// surrogate-holding piece went (`SurrogateSpans`) and restore its exact code points at the end.

/// Code point offsets in a built String where exact code points replace the lossy text.
struct SurrogateSpans {
    private(set) var spans: [(offset: Int, codePoints: [UInt32])] = []
    var isEmpty: Bool { spans.isEmpty }

    /// Records that `piece` (exact code points) is appended to `text` next.
    mutating func note(_ piece: [UInt32], appendingTo text: String, at extraOffset: Int = 0) {
        spans.append((text.unicodeScalars.count + extraOffset, piece))
    }
}

extension Runtime {
    /// The str for `text`, with the recorded spans put back as exact code points.
    func exactText(_ text: String, _ spans: SurrogateSpans) -> Value {
        if spans.isEmpty { return str(text) }
        var cps = text.unicodeScalars.map(\.value)
        for (offset, piece) in spans.spans where offset >= 0 && offset + piece.count <= cps.count {
            cps.replaceSubrange(offset..<(offset + piece.count), with: piece)
        }
        return str(codePoints: cps)
    }

    /// format(v, spec) as a str value: exact for a str with lone surrogates that uses str's
    /// own __format__ (alignment and precision only move or cut the text).
    func formatExact(_ v: Value, _ spec: String) throws -> Value {
        guard case .object(let o) = v, let s = o as? PyStrObject, let cps = s.surrogateCodePoints,
              o.type === types.str || o.type.lookup(staticName("__format__"))?.object is PyBuiltinFunction else {
            return str(try format(v, spec))
        }
        if spec.isEmpty { return exactStr(s) }
        let formatted = try format(v, spec)
        var spans = SurrogateSpans()
        let r = formatted.unicodeScalars.map(\.value)
        let lossy = s.value.unicodeScalars.map(\.value)
        // The value's first k code points appear once, between fill characters.
        var k = min(lossy.count, r.count)
        search: while k > 0 {
            let pattern = Array(lossy[0..<k])
            var i = 0
            while i + k <= r.count {
                if Array(r[i..<(i + k)]) == pattern {
                    spans.note(Array(cps[0..<k]), appendingTo: "", at: i)
                    break search
                }
                i += 1
            }
            k -= 1
        }
        return exactText(formatted, spans)
    }

    /// The exact code points of a str value with lone surrogates; nil otherwise.
    func surrogatePiece(_ v: Value) -> [UInt32]? {
        guard case .object(let o) = v, let s = o as? PyStrObject else { return nil }
        return s.surrogateCodePoints
    }
}
