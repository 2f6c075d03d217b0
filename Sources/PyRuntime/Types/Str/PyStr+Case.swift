// str case mapping: lower/upper/capitalize/title/swapcase/casefold. ASCII text maps byte
// by byte; other text uses Unicode's full mappings (expansions such as ß -> SS, titlecase
// digraphs, and the Final_Sigma rule of lower()), as CPython does.

/// Lowercase mapping of s[i] with Unicode's Final_Sigma rule (as CPython's lower()).
func pyLower(_ s: [Unicode.Scalar], _ i: Int) -> String {
    let c = s[i]
    guard c.value == 0x3A3 else { return c.properties.lowercaseMapping }
    func ignorable(_ x: Unicode.Scalar) -> Bool { x.properties.isCaseIgnorable }
    var j = i - 1
    while j >= 0 && ignorable(s[j]) { j -= 1 }
    let before = j >= 0 && s[j].properties.isCased
    var k = i + 1
    while k < s.count && ignorable(s[k]) { k += 1 }
    let after = k < s.count && s[k].properties.isCased
    return before && !after ? "\u{3C2}" : "\u{3C3}"
}

extension Runtime {
    func installStrCaseMethods() {
        let t = types
        for (name, mapping) in [("lower", CaseMapping.lower), ("upper", .upper), ("capitalize", .capitalize),
                                ("title", .title), ("swapcase", .swapcase), ("casefold", .casefold)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count == 1 else {
                    throw rt.error(rt.types.typeError, "str.\(name)() takes no arguments (\(args.count - 1) given)")
                }
                guard case .object(let so) = args[0], let s = so as? PyStrObject else { return args[0] }
                if s.isASCII {
                    return s.withUTF8 { b in
                        rt.asciiStr(count: b.count) { out in
                            switch mapping {
                            case .lower, .casefold:
                                for i in 0..<b.count { out[i] = StrBytes.lower(b[i]) }
                            case .upper:
                                for i in 0..<b.count { out[i] = StrBytes.upper(b[i]) }
                            case .swapcase:
                                for i in 0..<b.count { out[i] = b[i] ^ (StrBytes.isUpper(b[i]) || StrBytes.isLower(b[i]) ? 0x20 : 0) }
                            case .capitalize:
                                for i in 0..<b.count { out[i] = i == 0 ? StrBytes.upper(b[i]) : StrBytes.lower(b[i]) }
                            case .title:
                                var previousCased = false
                                for i in 0..<b.count {
                                    out[i] = previousCased ? StrBytes.lower(b[i]) : StrBytes.upper(b[i])
                                    previousCased = StrBytes.isUpper(b[i]) || StrBytes.isLower(b[i])
                                }
                            }
                        }
                    }
                }
                return rt.str(rt.strCaseMapped(s.scalars, mapping: mapping))
            }
        }
    }

    /// The str case mappings (capitalize: title case for the first character, lower for
    /// the rest; title: the same per word, a word being a run of cased characters).
    enum CaseMapping { case lower, upper, capitalize, title, swapcase, casefold }

    /// The full case mapping of non-ASCII text, appended scalar by scalar.
    func strCaseMapped(_ s: [Unicode.Scalar], mapping: CaseMapping) -> String {
        var out = String.UnicodeScalarView()
        func append(_ text: String) { out.append(contentsOf: text.unicodeScalars) }
        var previousCased = false
        for (i, c) in s.enumerated() {
            let p = c.properties
            switch mapping {
            case .lower: append(pyLower(s, i))
            case .upper: append(p.uppercaseMapping)
            case .casefold:
                // Full case folding approximated as lower(upper(lower(c))): ß and ẞ fold to
                // "ss", ligatures expand, sigmas become σ.
                for l in p.lowercaseMapping.unicodeScalars {
                    for u in l.properties.uppercaseMapping.unicodeScalars { append(u.properties.lowercaseMapping) }
                }
            case .swapcase:
                if p.isUppercase { append(pyLower(s, i)) } else if p.isLowercase { append(p.uppercaseMapping) } else { out.append(c) }
            case .capitalize:
                append(i == 0 ? p.titlecaseMapping : pyLower(s, i))
            case .title:
                append(previousCased ? pyLower(s, i) : p.titlecaseMapping)
                previousCased = p.isCased
            }
        }
        return String(out)
    }
}
