// str.format / str.format_map: the replacement-field parser (CPython's MarkupIterator and FieldNameIterator).

extension Runtime {
    /// str.format: {} / {0} / {name}, attribute and index access, !r/!s/!a, nested specs.
    func strFormat(_ format: String, _ args: [Value], _ kwargs: PyDict?, mapping: Value? = nil) throws -> String {
        var autoIndex = 0
        var manual: Bool? = nil
        var spans = SurrogateSpans()
        return try strFormatLevel(Array(format), args, kwargs, mapping, &autoIndex, &manual, &spans, depth: 2)
    }

    /// str.format as a str value: replacement fields keep lone surrogates.
    func strFormatExact(_ format: String, _ args: [Value], _ kwargs: PyDict?, mapping: Value? = nil) throws -> Value {
        var autoIndex = 0
        var manual: Bool? = nil
        var spans = SurrogateSpans()
        let text = try strFormatLevel(Array(format), args, kwargs, mapping, &autoIndex, &manual, &spans, depth: 2)
        return exactText(text, spans)
    }

    private func strFormatLevel(_ chars: [Character], _ args: [Value], _ kwargs: PyDict?, _ mapping: Value?,
                                _ autoIndex: inout Int, _ manual: inout Bool?, _ spans: inout SurrogateSpans,
                                depth: Int) throws -> String {
        if depth <= 0 { throw error(types.valueError, "Max string recursion exceeded") }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            if c == "}" {
                guard i < chars.count, chars[i] == "}" else { throw error(types.valueError, "Single '}' encountered in format string") }
                i += 1
                out.append("}")
                continue
            }
            guard c == "{" else { out.append(c); continue }
            if i < chars.count && chars[i] == "{" { i += 1; out.append("{"); continue }
            if i >= chars.count { throw error(types.valueError, "Single '{' encountered in format string") }
            // Find the matching '}' (brackets in the field name hide braces).
            var depthCount = 1, inBracket = false, inName = true
            let start = i
            while i < chars.count {
                let d = chars[i]
                if inName && d == "[" { inBracket = true }
                else if inBracket && d == "]" { inBracket = false }
                else if !inBracket {
                    if inName && (d == ":" || d == "!") { inName = false }
                    if d == "{" { depthCount += 1 } else if d == "}" { depthCount -= 1; if depthCount == 0 { break } }
                }
                i += 1
            }
            if depthCount != 0 || i >= chars.count { throw error(types.valueError, "expected '}' before end of string") }
            let field = Array(chars[start..<i])
            i += 1
            // Split name / conversion / spec.
            var k = 0
            var bracket = false
            while k < field.count {
                if field[k] == "[" { bracket = true } else if field[k] == "]" { bracket = false }
                else if !bracket && (field[k] == ":" || field[k] == "!") { break }
                k += 1
            }
            let name = Array(field[..<k])
            var conversion: Character? = nil
            var spec: [Character] = []
            if k < field.count && field[k] == "!" {
                guard k + 1 < field.count else { throw error(types.valueError, "unmatched '{' in format spec") }
                conversion = field[k + 1]
                if k + 2 < field.count {
                    guard field[k + 2] == ":" else { throw error(types.valueError, "expected ':' after conversion specifier") }
                    spec = Array(field[(k + 3)...])
                }
            } else if k < field.count {
                spec = Array(field[(k + 1)...])
            }
            // The first part of the name.
            var n = 0
            while n < name.count && name[n] != "." && name[n] != "[" { n += 1 }
            let head = String(name[..<n])
            var value: Value
            if mapping != nil && (head.isEmpty || head.allSatisfy({ $0.isASCII && $0.isNumber })) {
                throw error(types.valueError, "Format string contains positional fields")
            }
            if head.isEmpty {
                if manual == true {
                    throw error(types.valueError, "cannot switch from manual field specification to automatic field numbering")
                }
                manual = false
                guard autoIndex < args.count else {
                    throw error(types.indexError, "Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args[autoIndex]
                autoIndex += 1
            } else if head.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(head) {
                if manual == false {
                    throw error(types.valueError, "cannot switch from automatic field numbering to manual field specification")
                }
                manual = true
                guard index < args.count else {
                    throw error(types.indexError, "Replacement index \(index) out of range for positional args tuple")
                }
                value = args[index]
            } else if let mapping {
                if case .object(let mo) = mapping, let d = mo as? PyDict,
                   !mo.type.isHeapType || !(mo.type.lookup(staticName("__getitem__"))?.object is PyFunction) {
                    if let v = try dictGet(d, str(head)) { value = v }
                    else if let missing = mo.type.lookup(staticName("__missing__")) { value = try callMethodValue(missing, mapping, [str(head)]) }
                    else { throw PyException(PyBaseException(type: types.keyError, args: [str(head)])) }
                } else {
                    value = try getItem(mapping, str(head))
                }
            } else {
                guard let v = kwargs?.lookupString(intern(head)) else {
                    throw PyException(PyBaseException(type: types.keyError, args: [str(head)]))
                }
                value = v
            }
            // Attribute and index accessors.
            while n < name.count {
                if name[n] == "." {
                    n += 1
                    var e = n
                    while e < name.count && name[e] != "." && name[e] != "[" { e += 1 }
                    if e == n { throw error(types.valueError, "Empty attribute in format string") }
                    value = try getAttribute(value, intern(String(name[n..<e])))
                    n = e
                } else if name[n] == "[" {
                    n += 1
                    var e = n
                    while e < name.count && name[e] != "]" { e += 1 }
                    if e >= name.count { throw error(types.valueError, "Missing ']' in format string") }
                    let key = String(name[n..<e])
                    if key.isEmpty { throw error(types.valueError, "Empty attribute in format string") }
                    let keyValue: Value = key.allSatisfy({ $0.isASCII && $0.isNumber }) ? (Int(key).map { .int($0) } ?? str(key)) : str(key)
                    value = try getItem(value, keyValue)
                    n = e + 1
                    if n < name.count && name[n] != "." && name[n] != "[" {
                        throw error(types.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                    }
                } else {
                    throw error(types.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            switch conversion {
            case nil: break
            case "r": value = str(try repr(value))
            case "s": value = try strObject(value)
            case "a": value = str(try ascii(value))
            case let other?: throw error(types.valueError, "Unknown conversion specifier \(other)")
            }
            var specText = String(spec)
            if spec.contains("{") {
                var specSpans = SurrogateSpans()
                specText = try strFormatLevel(spec, args, kwargs, mapping, &autoIndex, &manual, &specSpans, depth: depth - 1)
            }
            let piece = try formatExact(value, specText)
            if let cps = surrogatePiece(piece) { spans.note(cps, appendingTo: out) }
            out += (piece.object as? PyStrObject)?.value ?? ""
        }
        return out
    }
}
