// str methods working on code points: searching, splitting, case mapping, predicates, padding, translate.

extension Unicode.Scalar {
    /// Py_UNICODE_ISSPACE: White_Space plus the ASCII separators \x1c-\x1f.
    var pyIsSpace: Bool { properties.isWhitespace || (value >= 0x1C && value <= 0x1F) }
    var pyIsAlpha: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    var pyIsDecimal: Bool { properties.numericType == .decimal }
    var pyIsDigit: Bool { properties.numericType == .decimal || properties.numericType == .digit }
    var pyIsNumeric: Bool { properties.numericType != nil }
    var pyIsLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
    var pyIsPrintable: Bool {
        if value == 0x20 { return true }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default: return true
        }
    }
}

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
    func installStrMethods() {
        let t = types
        func scalars(_ rt: Runtime, _ v: Value) -> [Unicode.Scalar] {
            if case .object(let o) = v, let s = o as? PyStrObject { return s.scalars }
            return []
        }
        func make(_ rt: Runtime, _ s: some Sequence<Unicode.Scalar>) -> Value {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s)
            return rt.str(String(view))
        }
        func argStr(_ rt: Runtime, _ v: Value, _ what: String) throws -> [Unicode.Scalar] {
            guard case .object(let o) = v, let s = o as? PyStrObject else {
                throw rt.error(rt.types.typeError, "\(what)must be str, not \(rt.typeName(v))")
            }
            return s.scalars
        }
        func matches(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], at i: Int) -> Bool {
            if i + sub.count > s.count { return false }
            for k in 0..<sub.count where s[i + k] != sub[k] { return false }
            return true
        }
        /// find/rfind over s[start:end]; nil when absent.
        func search(_ s: [Unicode.Scalar], _ sub: [Unicode.Scalar], _ start: Int, _ end: Int, reverse: Bool) -> Int? {
            if start > s.count || end - start < sub.count { return nil }
            if reverse {
                var i = end - sub.count
                while i >= start { if matches(s, sub, at: i) { return i }; i -= 1 }
            } else {
                var i = start
                while i <= end - sub.count { if matches(s, sub, at: i) { return i }; i += 1 }
            }
            return nil
        }
        func bounds(_ rt: Runtime, _ args: [Value], _ count: Int, from k: Int) throws -> (Int, Int) {
            rt.adjustIndices(try rt.sliceBound(args.count > k ? args[k] : nil), try rt.sliceBound(args.count > k + 1 ? args[k + 1] : nil), count)
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count >= 2 else { throw rt.error(rt.types.typeError, "\(name) expected at least 1 argument, got 0") }
                let s = scalars(rt, args[0])
                let sub = try argStr(rt, args[1], "")
                let (start, end) = try bounds(rt, args, s.count, from: 2)
                if let i = search(s, sub, start, end, reverse: reverse) { return .int(i) }
                if raises { throw rt.error(rt.types.valueError, "substring not found") }
                return .int(-1)
            }
        }
        defineMethod(t.str, "count") { rt, args, _ in
            guard args.count >= 2 else { throw rt.error(rt.types.typeError, "count expected at least 1 argument, got 0") }
            let s = scalars(rt, args[0])
            let sub = try argStr(rt, args[1], "")
            let (start, end) = try bounds(rt, args, s.count, from: 2)
            if start > s.count { return .int(0) }
            if sub.isEmpty { return .int(max(0, end - start) + 1) }
            var n = 0, i = start
            while i <= end - sub.count {
                if matches(s, sub, at: i) { n += 1; i += sub.count } else { i += 1 }
            }
            return .int(n)
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count >= 2 else { throw rt.error(rt.types.typeError, "\(name) expected at least 1 argument, got 0") }
                let s = scalars(rt, args[0])
                let (start, end) = try bounds(rt, args, s.count, from: 2)
                func test(_ sub: [Unicode.Scalar]) -> Bool {
                    if start > s.count { return false }
                    if end - start < sub.count { return false }
                    return matches(s, sub, at: suffix ? end - sub.count : start)
                }
                if case .object(let o) = args[1], let tuple = o as? PyTuple {
                    for item in tuple.items {
                        guard case .object(let io) = item, let sub = io as? PyStrObject else {
                            throw rt.error(rt.types.typeError, "tuple for \(name) must only contain str, not \(rt.typeName(item))")
                        }
                        if test(sub.scalars) { return .bool(true) }
                    }
                    return .bool(false)
                }
                guard case .object(let o) = args[1], let sub = o as? PyStrObject else {
                    throw rt.error(rt.types.typeError, "\(name) first arg must be str or a tuple of str, not \(rt.typeName(args[1]))")
                }
                return .bool(test(sub.scalars))
            }
        }
        // split / rsplit
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            defineMethod(t.str, name) { rt, args, kwargs in
                let s = scalars(rt, args[0])
                let sepValue = args.count > 1 ? args[1] : (rt.keyword(kwargs, "sep") ?? .none)
                let maxsplit = try rt.index(args.count > 2 ? args[2] : (rt.keyword(kwargs, "maxsplit") ?? .int(-1)))
                var parts: [[Unicode.Scalar]] = []
                if sepValue.isNone {
                    if !reverse {
                        var i = 0
                        while true {
                            while i < s.count && s[i].pyIsSpace { i += 1 }
                            if i == s.count { break }
                            if maxsplit >= 0 && parts.count == maxsplit {
                                parts.append(Array(s[i...])); break
                            }
                            let b = i
                            while i < s.count && !s[i].pyIsSpace { i += 1 }
                            parts.append(Array(s[b..<i]))
                        }
                    } else {
                        var i = s.count
                        while true {
                            while i > 0 && s[i - 1].pyIsSpace { i -= 1 }
                            if i == 0 { break }
                            if maxsplit >= 0 && parts.count == maxsplit {
                                parts.append(Array(s[..<i])); break
                            }
                            let e = i
                            while i > 0 && !s[i - 1].pyIsSpace { i -= 1 }
                            parts.append(Array(s[i..<e]))
                        }
                        parts.reverse()
                    }
                    return rt.list(parts.map { make(rt, $0) })
                }
                let sep = try argStr(rt, sepValue, "")
                if sep.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
                if !reverse {
                    var i = 0, b = 0
                    while i <= s.count - sep.count && (maxsplit < 0 || parts.count < maxsplit) {
                        if matches(s, sep, at: i) { parts.append(Array(s[b..<i])); i += sep.count; b = i } else { i += 1 }
                    }
                    parts.append(Array(s[b...]))
                } else {
                    var e = s.count, i = s.count - sep.count
                    while i >= 0 && (maxsplit < 0 || parts.count < maxsplit) {
                        if matches(s, sep, at: i) { parts.append(Array(s[(i + sep.count)..<e])); e = i; i -= sep.count } else { i -= 1 }
                    }
                    parts.append(Array(s[..<e]))
                    parts.reverse()
                }
                return rt.list(parts.map { make(rt, $0) })
            }
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            defineMethod(t.str, name) { rt, args, _ in
                try rt.expectArgs(name, Array(args.dropFirst()), nil, min: 1, max: 1)
                let s = scalars(rt, args[0])
                let sep = try argStr(rt, args[1], "")
                if sep.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
                if let i = search(s, sep, 0, s.count, reverse: reverse) {
                    return rt.tuple([make(rt, s[..<i]), args[1], make(rt, s[(i + sep.count)...])])
                }
                return reverse ? rt.tuple([rt.str(""), rt.str(""), args[0]]) : rt.tuple([args[0], rt.str(""), rt.str("")])
            }
        }
        defineMethod(t.str, "splitlines") { rt, args, kwargs in
            let s = scalars(rt, args[0])
            let keep = try rt.isTrue(args.count > 1 ? args[1] : (rt.keyword(kwargs, "keepends") ?? .bool(false)))
            var out: [Value] = []
            var i = 0, b = 0
            while i < s.count {
                if s[i].pyIsLineBreak {
                    var e = i + 1
                    if s[i].value == 0x0D && e < s.count && s[e].value == 0x0A { e += 1 }
                    out.append(make(rt, s[b..<(keep ? e : i)]))
                    i = e; b = e
                } else { i += 1 }
            }
            if b < s.count { out.append(make(rt, s[b...])) }
            return rt.list(out)
        }
        // case mapping
        defineMethod(t.str, "swapcase") { rt, args, _ in
            var out = ""
            let s = scalars(rt, args[0])
            for (i, c) in s.enumerated() {
                if c.properties.isUppercase { out += pyLower(s, i) }
                else if c.properties.isLowercase { out += c.properties.uppercaseMapping }
                else { out.unicodeScalars.append(c) }
            }
            return rt.str(out)
        }
        defineMethod(t.str, "casefold") { rt, args, _ in
            var out = ""
            for c in scalars(rt, args[0]) {
                for u in c.properties.uppercaseMapping.unicodeScalars { out += u.properties.lowercaseMapping }
            }
            return rt.str(out)
        }
        defineMethod(t.str, "capitalize") { rt, args, _ in
            let s = scalars(rt, args[0])
            guard let first = s.first else { return args[0] }
            var out = first.properties.titlecaseMapping
            for i in 1..<s.count { out += pyLower(s, i) }
            return rt.str(out)
        }
        defineMethod(t.str, "title") { rt, args, _ in
            var out = "", previousCased = false
            let s = scalars(rt, args[0])
            for (i, c) in s.enumerated() {
                out += previousCased ? pyLower(s, i) : c.properties.titlecaseMapping
                previousCased = c.properties.isCased
            }
            return rt.str(out)
        }
        defineMethod(t.str, "lower") { rt, args, _ in
            let s = scalars(rt, args[0])
            var out = ""
            for i in 0..<s.count { out += pyLower(s, i) }
            return rt.str(out)
        }
        defineMethod(t.str, "join") { rt, args, _ in
            try rt.expectArgs("join", Array(args.dropFirst()), nil, min: 1, max: 1)
            let sep = rt.strValue(args[0]) ?? ""
            let items: [Value]
            do { items = try rt.toArray(args[1]) } catch let e as PyException where e.exception.type === rt.types.typeError
                                                    && rt.typeOf(args[1]).lookup(rt.staticName("__iter__")) == nil
                                                    && rt.typeOf(args[1]).lookup(rt.staticName("__getitem__")) == nil {
                throw rt.error(rt.types.typeError, "can only join an iterable")
            }
            var pieces: [PyStrObject] = []
            pieces.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard case .object(let o) = item, let s = o as? PyStrObject else {
                    throw rt.error(rt.types.typeError, "sequence item \(i): expected str instance, \(rt.typeName(item)) found")
                }
                pieces.append(s)
            }
            guard let separator = args[0].object as? PyStrObject else { return rt.str("") }
            // Lone surrogates survive only through code points.
            if separator.surrogateCodePoints != nil || pieces.contains(where: { $0.surrogateCodePoints != nil }) {
                var out: [UInt32] = []
                for (i, piece) in pieces.enumerated() {
                    if i > 0 { out += separator.codePoints }
                    out += piece.codePoints
                }
                return rt.str(codePoints: out)
            }
            let ascii = separator.isASCII && pieces.allSatisfy(\.isASCII)
            return .object(PyStrObject(type: rt.types.str, pieces.map(\.value).joined(separator: sep), isASCII: ascii))
        }
        defineMethod(t.str, "format_map") { rt, args, _ in
            try rt.expectArgs("format_map", Array(args.dropFirst()), nil, min: 1, max: 1)
            return try rt.strFormatExact(rt.strValue(args[0]) ?? "", [], nil, mapping: args[1])
        }
        // predicates
        let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isdecimal", { $0.pyIsDecimal }), ("isdigit", { $0.pyIsDigit }), ("isnumeric", { $0.pyIsNumeric }),
            ("isalpha", { $0.pyIsAlpha }), ("isspace", { $0.pyIsSpace }),
            ("isalnum", { $0.pyIsAlpha || $0.pyIsNumeric }),
        ]
        for (name, test) in predicates {
            defineMethod(t.str, name) { rt, args, _ in
                let s = scalars(rt, args[0])
                return .bool(!s.isEmpty && s.allSatisfy(test))
            }
        }
        defineMethod(t.str, "isascii") { rt, args, _ in .bool(scalars(rt, args[0]).allSatisfy { $0.value < 0x80 }) }
        defineMethod(t.str, "isprintable") { rt, args, _ in .bool(scalars(rt, args[0]).allSatisfy { $0.pyIsPrintable }) }
        for (name, upper) in [("isupper", true), ("islower", false)] {
            defineMethod(t.str, name) { rt, args, _ in
                var cased = false
                for c in scalars(rt, args[0]) {
                    if upper ? (c.properties.isLowercase || c.properties.generalCategory == .titlecaseLetter) : (c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter) { return .bool(false) }
                    if c.properties.isCased { cased = true }
                }
                return .bool(cased)
            }
        }
        defineMethod(t.str, "istitle") { rt, args, _ in
            var cased = false, previousCased = false
            for c in scalars(rt, args[0]) {
                if c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter {
                    if previousCased { return .bool(false) }
                    previousCased = true; cased = true
                } else if c.properties.isLowercase {
                    if !previousCased { return .bool(false) }
                    previousCased = true; cased = true
                } else { previousCased = false }
            }
            return .bool(cased)
        }
        defineMethod(t.str, "isidentifier") { rt, args, _ in
            let s = scalars(rt, args[0])
            guard let first = s.first, first == "_" || first.properties.isXIDStart else { return .bool(false) }
            return .bool(s.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        // padding
        for (name, kind) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            defineMethod(t.str, name) { rt, args, _ in
                guard args.count >= 2 && args.count <= 3 else {
                    throw rt.error(rt.types.typeError, "\(name) expected \(args.count < 2 ? "at least 1" : "at most 2") argument\(args.count < 2 ? "" : "s"), got \(args.count - 1)")
                }
                let s = scalars(rt, args[0])
                let width = try rt.index(args[1])
                var fill: Unicode.Scalar = " "
                if args.count > 2 {
                    guard case .object(let fo) = args[2], let f = fo as? PyStrObject else {
                        throw rt.error(rt.types.typeError, "\(name)() argument 2 must be str, not \(rt.typeName(args[2]))")
                    }
                    guard f.scalars.count == 1 else {
                        throw rt.error(rt.types.typeError, "The fill character must be exactly one character long")
                    }
                    fill = f.scalars[0]
                }
                guard width > s.count else { return args[0].object?.type === rt.types.str ? args[0] : make(rt, s) }
                let pad = width - s.count
                let left: Int
                switch kind {
                case 0: left = 0
                case 1: left = pad
                default: left = pad / 2 + (pad & width & 1)
                }
                return make(rt, Array(repeating: fill, count: left) + s + Array(repeating: fill, count: pad - left))
            }
        }
        defineMethod(t.str, "expandtabs") { rt, args, kwargs in
            let size = try rt.index(args.count > 1 ? args[1] : (rt.keyword(kwargs, "tabsize") ?? .int(8)))
            var out: [Unicode.Scalar] = []
            var column = 0
            for c in scalars(rt, args[0]) {
                if c == "\t" {
                    if size > 0 {
                        let n = size - column % size
                        out += Array(repeating: " ", count: n)
                        column += n
                    }
                } else {
                    out.append(c)
                    column = (c == "\n" || c == "\r") ? 0 : column + 1
                }
            }
            return make(rt, out)
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            defineMethod(t.str, name) { rt, args, _ in
                try rt.expectArgs(name, Array(args.dropFirst()), nil, min: 1, max: 1)
                let s = scalars(rt, args[0])
                let p = try argStr(rt, args[1], "\(name)() argument ")
                if !p.isEmpty && p.count <= s.count && matches(s, p, at: suffix ? s.count - p.count : 0) {
                    return make(rt, suffix ? s[..<(s.count - p.count)] : s[p.count...])
                }
                return make(rt, s)
            }
        }
        // translate / maketrans
        defineMethod(t.str, "translate") { rt, args, _ in
            try rt.expectArgs("translate", Array(args.dropFirst()), nil, min: 1, max: 1)
            var out: [Unicode.Scalar] = []
            for c in scalars(rt, args[0]) {
                let mapped: Value
                do {
                    mapped = try rt.getItem(args[1], .int(Int(c.value)))
                } catch let e as PyException where e.exception.type.isSubtype(of: rt.types.lookupError) {
                    out.append(c)
                    continue
                }
                switch mapped {
                case .none: continue
                case .int(let i):
                    guard i >= 0, i < 0x110000, let sc = Unicode.Scalar(UInt32(i)) else {
                        throw rt.error(rt.types.valueError, "character mapping must be in range(0x110000)")
                    }
                    out.append(sc)
                case .object(let o) where o is PyStrObject: out += (o as? PyStrObject)?.scalars ?? []
                default:
                    throw rt.error(rt.types.typeError, "character mapping must return integer, None or str")
                }
            }
            return make(rt, out)
        }
        defineStatic(t.str, "maketrans") { rt, args, _ in
            let d = rt.newDict()
            if args.count == 1 {
                guard case .object(let o) = args[0], let src = o as? PyDict else {
                    throw rt.error(rt.types.typeError, "if you give only one argument to maketrans it must be a dict")
                }
                for (k, v) in src.items {
                    if case .object(let ko) = k, let ks = ko as? PyStrObject {
                        guard ks.scalars.count == 1 else {
                            throw rt.error(rt.types.valueError, "string keys in translate table must be of length 1")
                        }
                        try rt.dictSet(d, .int(Int(ks.scalars[0].value)), v)
                    } else if case .int = k {
                        try rt.dictSet(d, k, v)
                    } else if case .bool(let b) = k {
                        try rt.dictSet(d, .int(b ? 1 : 0), v)
                    } else {
                        throw rt.error(rt.types.typeError, "keys in translate table must be strings or integers")
                    }
                }
                return .object(d)
            }
            guard args.count >= 2 && args.count <= 3 else {
                throw rt.error(rt.types.typeError, "maketrans() takes at most 3 arguments (\(args.count) given)")
            }
            let x = try argStr(rt, args[0], "maketrans() argument 1 "), y = try argStr(rt, args[1], "maketrans() argument 2 ")
            guard x.count == y.count else {
                throw rt.error(rt.types.valueError, "the first two maketrans arguments must have equal length")
            }
            for (a, b) in zip(x, y) { try rt.dictSet(d, .int(Int(a.value)), .int(Int(b.value))) }
            if args.count == 3 {
                for c in try argStr(rt, args[2], "maketrans() argument 3 ") { try rt.dictSet(d, .int(Int(c.value)), .none) }
            }
            return .object(d)
        }
    }
}
