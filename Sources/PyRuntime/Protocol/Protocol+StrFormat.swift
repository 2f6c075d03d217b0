// str.format / str.format_map: the replacement-field parser (CPython's MarkupIterator and FieldNameIterator).
// The parser scans UTF-8 bytes: every delimiter ({ } [ ] . : !) is ASCII and UTF-8 is
// self-synchronising, so literal runs are copied as byte ranges.

extension Runtime {
    /// str.format: {} / {0} / {name}, attribute and index access, !r/!s/!a, nested specs.
    func strFormat(_ format: String, _ args: [Value], _ kwargs: PyDict?, mapping: Value? = nil) throws -> String {
        var autoIndex = 0
        var manual: Bool? = nil
        var spans = SurrogateSpans()
        var text = format
        let bytes = try text.withUTF8 { try strFormatLevel($0, args, kwargs, mapping, &autoIndex, &manual, &spans, depth: 2) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// str.format as a str value: replacement fields keep lone surrogates.
    func strFormatExact(_ format: String, _ args: [Value], _ kwargs: PyDict?, mapping: Value? = nil) throws -> Value {
        var autoIndex = 0
        var manual: Bool? = nil
        var spans = SurrogateSpans()
        var text = format
        let bytes = try text.withUTF8 { try strFormatLevel($0, args, kwargs, mapping, &autoIndex, &manual, &spans, depth: 2) }
        return exactText(String(decoding: bytes, as: UTF8.self), spans)
    }

    private func strFormatLevel(_ chars: UnsafeBufferPointer<UInt8>, _ args: [Value], _ kwargs: PyDict?, _ mapping: Value?,
                                _ autoIndex: inout Int, _ manual: inout Bool?, _ spans: inout SurrogateSpans,
                                depth: Int) throws -> [UInt8] {
        if depth <= 0 { throw error(types.valueError, "Max string recursion exceeded") }
        let openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D, openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D
        let colon: UInt8 = 0x3A, bang: UInt8 = 0x21, dot: UInt8 = 0x2E
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: chars[range]), as: UTF8.self) }
        func isDigits(_ range: Range<Int>) -> Bool { chars[range].allSatisfy { $0 &- 0x30 < 10 } }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count + 16)
        let count = chars.count
        var i = 0
        while i < count {
            let runStart = i
            while i < count && chars[i] != openBrace && chars[i] != closeBrace { i += 1 }
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: chars[runStart..<i])) }
            if i >= count { break }
            let c = chars[i]
            i += 1
            if c == closeBrace {
                guard i < count, chars[i] == closeBrace else { throw error(types.valueError, "Single '}' encountered in format string") }
                i += 1
                out.append(closeBrace)
                continue
            }
            if i < count && chars[i] == openBrace { i += 1; out.append(openBrace); continue }
            if i >= count { throw error(types.valueError, "Single '{' encountered in format string") }
            // Find the matching '}' (brackets in the field name hide braces).
            var depthCount = 1, inBracket = false, inName = true
            let start = i
            while i < count {
                let d = chars[i]
                if inName && d == openBracket { inBracket = true }
                else if inBracket && d == closeBracket { inBracket = false }
                else if !inBracket {
                    if inName && (d == colon || d == bang) { inName = false }
                    if d == openBrace { depthCount += 1 } else if d == closeBrace { depthCount -= 1; if depthCount == 0 { break } }
                }
                i += 1
            }
            if depthCount != 0 || i >= count { throw error(types.valueError, "expected '}' before end of string") }
            let fieldEnd = i
            i += 1
            // Split name / conversion / spec.
            var k = start
            var bracket = false
            while k < fieldEnd {
                if chars[k] == openBracket { bracket = true } else if chars[k] == closeBracket { bracket = false }
                else if !bracket && (chars[k] == colon || chars[k] == bang) { break }
                k += 1
            }
            let nameEnd = k
            var conversion: Unicode.Scalar? = nil
            var specRange = fieldEnd..<fieldEnd
            if k < fieldEnd && chars[k] == bang {
                guard k + 1 < fieldEnd else { throw error(types.valueError, "unmatched '{' in format spec") }
                // The conversion is one code point (its UTF-8 length from the lead byte).
                let lead = chars[k + 1]
                let width = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
                let conversionEnd = Swift.min(k + 1 + width, fieldEnd)
                conversion = text((k + 1)..<conversionEnd).unicodeScalars.first
                if conversionEnd < fieldEnd {
                    guard chars[conversionEnd] == colon else { throw error(types.valueError, "expected ':' after conversion specifier") }
                    specRange = (conversionEnd + 1)..<fieldEnd
                }
            } else if k < fieldEnd {
                specRange = (k + 1)..<fieldEnd
            }
            // The first part of the name.
            var n = start
            while n < nameEnd && chars[n] != dot && chars[n] != openBracket { n += 1 }
            let headRange = start..<n
            var value: Value
            if mapping != nil && (headRange.isEmpty || isDigits(headRange)) {
                throw error(types.valueError, "Format string contains positional fields")
            }
            if headRange.isEmpty {
                if manual == true {
                    throw error(types.valueError, "cannot switch from manual field specification to automatic field numbering")
                }
                manual = false
                guard autoIndex < args.count else {
                    throw error(types.indexError, "Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args[autoIndex]
                autoIndex += 1
            } else if isDigits(headRange), let index = Int(text(headRange)) {
                if manual == false {
                    throw error(types.valueError, "cannot switch from automatic field numbering to manual field specification")
                }
                manual = true
                guard index < args.count else {
                    throw error(types.indexError, "Replacement index \(index) out of range for positional args tuple")
                }
                value = args[index]
            } else if let mapping {
                let head = text(headRange)
                if case .object(let mo) = mapping, let d = mo as? PyDict,
                   !mo.type.isHeapType || !(mo.type.lookup(staticName("__getitem__"))?.object is PyFunction) {
                    if let v = try dictGet(d, str(head)) { value = v }
                    else if let missing = mo.type.lookup(staticName("__missing__")) { value = try callMethodValue(missing, mapping, [str(head)]) }
                    else { throw PyException(PyBaseException(type: types.keyError, args: [str(head)])) }
                } else {
                    value = try getItem(mapping, str(head))
                }
            } else {
                let head = text(headRange)
                guard let v = kwargs?.lookupString(intern(head)) else {
                    throw PyException(PyBaseException(type: types.keyError, args: [str(head)]))
                }
                value = v
            }
            // Attribute and index accessors.
            while n < nameEnd {
                if chars[n] == dot {
                    n += 1
                    var e = n
                    while e < nameEnd && chars[e] != dot && chars[e] != openBracket { e += 1 }
                    if e == n { throw error(types.valueError, "Empty attribute in format string") }
                    value = try getAttribute(value, intern(text(n..<e)))
                    n = e
                } else if chars[n] == openBracket {
                    n += 1
                    var e = n
                    while e < nameEnd && chars[e] != closeBracket { e += 1 }
                    if e >= nameEnd { throw error(types.valueError, "Missing ']' in format string") }
                    if e == n { throw error(types.valueError, "Empty attribute in format string") }
                    let key = text(n..<e)
                    let keyValue: Value = isDigits(n..<e) ? (Int(key).map { .int($0) } ?? str(key)) : str(key)
                    value = try getItem(value, keyValue)
                    n = e + 1
                    if n < nameEnd && chars[n] != dot && chars[n] != openBracket {
                        throw error(types.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                    }
                } else {
                    throw error(types.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            switch conversion?.value {
            case nil: break
            case 0x72?: value = str(try repr(value))  // r
            case 0x73?: value = try strObject(value)  // s
            case 0x61?: value = str(try ascii(value))  // a
            case let other?:
                // CPython shows printable ASCII as itself and anything else as \x escape.
                let shown = other > 32 && other < 127 ? String(Unicode.Scalar(UInt8(other))) : "\\x" + String(other, radix: 16)
                throw error(types.valueError, "Unknown conversion specifier \(shown)")
            }
            // The common fields need no formatting: an exact str or a plain int with no spec.
            if specRange.isEmpty {
                if case .object(let o) = value, o.type === types.str, let s = o as? PyStrObject, s.surrogateCodePoints == nil {
                    s.withUTF8 { out.append(contentsOf: $0) }
                    continue
                }
                if case .int(let number) = value {
                    out.append(contentsOf: String(number).utf8)
                    continue
                }
            }
            var specText = text(specRange)
            if chars[specRange].contains(openBrace) {
                var specSpans = SurrogateSpans()
                let nested = try strFormatLevel(UnsafeBufferPointer(rebasing: chars[specRange]), args, kwargs, mapping,
                                                &autoIndex, &manual, &specSpans, depth: depth - 1)
                specText = String(decoding: nested, as: UTF8.self)
            }
            // Plain numbers format straight into the output (no intermediate str object).
            switch value {
            case .int, .float, .bool:
                out.append(contentsOf: try nativeFormat(value, specText).utf8)
                continue
            default: break
            }
            let piece = try formatExact(value, specText)
            guard case .object(let po) = piece, let formatted = po as? PyStrObject else { continue }
            if let cps = formatted.surrogateCodePoints {
                let offset = out.withUnsafeBufferPointer { StrBytes.codePointCount($0, ascii: false) }
                spans.note(cps, appendingTo: "", at: offset)
            }
            formatted.withUTF8 { out.append(contentsOf: $0) }
        }
        return out
    }
}
