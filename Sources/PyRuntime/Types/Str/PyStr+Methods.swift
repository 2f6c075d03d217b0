// str methods working on code points: splitlines, format, predicates, padding, prefixes, translate
// (searching, splitting and case mapping are in PyStr+Search/Split/Case.swift).

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

extension Runtime {
    func installStrMethods() {
        installStrSearchMethods()
        installStrSplitMethods()
        installStrCaseMethods()
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
        defineMethod(t.str, "format") { rt, args, kwargs in
            try rt.strFormatExact(rt.strValue(args[0]) ?? "", Array(args.dropFirst()), kwargs)
        }
        defineMethod(t.str, "format_map") { rt, args, _ in
            try rt.expectArgs("format_map", args.dropFirst(), nil, min: 1, max: 1)
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
        defineMethod(t.str, "zfill") { rt, args, _ in
            try rt.expectArgs("zfill", args.dropFirst(), nil, min: 1, max: 1)
            guard case .object(let so) = args[0], let s = so as? PyStrObject else { return args[0] }
            let width = try rt.index(args[1])
            let cps = s.codePoints
            guard width > cps.count else { return rt.unchangedStr(args[0], s) }
            let fill = width - cps.count
            var out = [UInt32](repeating: 0x30, count: fill) + cps
            // A leading sign moves in front of the zeros.
            if let first = cps.first, first == 0x2B || first == 0x2D { out[0] = first; out[fill] = 0x30 }
            return rt.str(codePoints: out)
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
                try rt.expectArgs(name, args.dropFirst(), nil, min: 1, max: 1)
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
            try rt.expectArgs("translate", args.dropFirst(), nil, min: 1, max: 1)
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
