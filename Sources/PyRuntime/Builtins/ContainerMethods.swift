// Methods of str (the most used ones); list, tuple and dict have their own files in Types/.

extension Runtime {
    func installContainerMethods() {
        let t = types
        func selfStr(_ rt: Runtime, _ v: Value) -> String { rt.strValue(v) ?? "" }
        // str
        defineMethod(t.str, "join") { rt, args, _ in
            let sep = selfStr(rt, args[0])
            var pieces: [String] = []
            for (i, item) in try rt.toArray(args[1]).enumerated() {
                guard let s = rt.strValue(item) else {
                    throw rt.error(rt.types.typeError, "sequence item \(i): expected str instance, \(rt.typeName(item)) found")
                }
                pieces.append(s)
            }
            return rt.str(pieces.joined(separator: sep))
        }
        defineMethod(t.str, "split") { rt, args, kwargs in
            let s = selfStr(rt, args[0])
            let sepValue = args.count > 1 ? args[1] : (rt.keyword(kwargs, "sep") ?? .none)
            let maxsplit = try rt.index(args.count > 2 ? args[2] : (rt.keyword(kwargs, "maxsplit") ?? .int(-1)))
            if sepValue.isNone {
                var parts: [Value] = []
                var rest = Substring(s)
                while true {
                    rest = rest.drop(while: { $0.isWhitespace })
                    if rest.isEmpty { break }
                    if maxsplit >= 0 && parts.count == maxsplit { parts.append(rt.str(String(rest))); break }
                    let word = rest.prefix(while: { !$0.isWhitespace })
                    parts.append(rt.str(String(word)))
                    rest = rest.dropFirst(word.count)
                }
                return rt.list(parts)
            }
            let sep = selfStr(rt, sepValue)
            if sep.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
            var parts: [Value] = []
            var remaining = s[...]
            while maxsplit < 0 || parts.count < maxsplit, let range = remaining.firstRange(of: sep) {
                parts.append(rt.str(String(remaining[..<range.lowerBound])))
                remaining = remaining[range.upperBound...]
            }
            parts.append(rt.str(String(remaining)))
            return rt.list(parts)
        }
        for (name, which) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            defineMethod(t.str, name) { rt, args, _ in
                let scalars = Array(selfStr(rt, args[0]).unicodeScalars)
                let chars: Set<Unicode.Scalar>? = args.count > 1 && !args[1].isNone ? Set(selfStr(rt, args[1]).unicodeScalars) : nil
                func strip(_ c: Unicode.Scalar) -> Bool { chars.map { $0.contains(c) } ?? c.properties.isWhitespace }
                var start = 0, end = scalars.count
                if which != 2 { while start < end && strip(scalars[start]) { start += 1 } }
                if which != 1 { while end > start && strip(scalars[end - 1]) { end -= 1 } }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[start..<end])
                return rt.str(String(out))
            }
        }
        defineMethod(t.str, "upper") { rt, args, _ in rt.str(selfStr(rt, args[0]).uppercased()) }
        defineMethod(t.str, "lower") { rt, args, _ in rt.str(selfStr(rt, args[0]).lowercased()) }
        defineMethod(t.str, "replace") { rt, args, _ in
            let s = selfStr(rt, args[0]), old = selfStr(rt, args[1]), new = selfStr(rt, args[2])
            let count = args.count > 3 ? try rt.index(args[3]) : -1
            if old.isEmpty {
                var out = ""
                var n = 0
                for c in s {
                    if count < 0 || n < count { out += new; n += 1 }
                    out.append(c)
                }
                if count < 0 || n < count { out += new }
                return rt.str(out)
            }
            var out = "", rest = s[...], n = 0
            while count < 0 || n < count, let r = rest.firstRange(of: old) {
                out += rest[..<r.lowerBound] + new
                rest = rest[r.upperBound...]
                n += 1
            }
            return rt.str(out + rest)
        }
        defineMethod(t.str, "startswith") { rt, args, _ in
            let s = selfStr(rt, args[0])
            if case .object(let o) = args[1], let tuple = o as? PyTuple {
                return .bool(tuple.items.contains { s.hasPrefix(rt.strValue($0) ?? "\u{0}") })
            }
            return .bool(s.hasPrefix(selfStr(rt, args[1])))
        }
        defineMethod(t.str, "endswith") { rt, args, _ in
            let s = selfStr(rt, args[0])
            if case .object(let o) = args[1], let tuple = o as? PyTuple {
                return .bool(tuple.items.contains { s.hasSuffix(rt.strValue($0) ?? "\u{0}") })
            }
            return .bool(s.hasSuffix(selfStr(rt, args[1])))
        }
        for name in ["find", "index"] {
            defineMethod(t.str, name) { rt, args, _ in
                let s = Array(selfStr(rt, args[0]).unicodeScalars), sub = Array(selfStr(rt, args[1]).unicodeScalars)
                if sub.count <= s.count {
                    for i in 0...(s.count - sub.count) where Array(s[i..<(i + sub.count)]) == sub { return .int(i) }
                }
                if name == "index" { throw rt.error(rt.types.valueError, "substring not found") }
                return .int(-1)
            }
        }
        defineMethod(t.str, "count") { rt, args, _ in
            let s = selfStr(rt, args[0]), sub = selfStr(rt, args[1])
            if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
            return .int(s.components(separatedBy: sub) - 1)
        }
        defineMethod(t.str, "format") { rt, args, kwargs in
            try rt.strFormatExact(selfStr(rt, args[0]), Array(args.dropFirst()), kwargs)
        }
        for (name, test) in [("isdigit", { (c: Unicode.Scalar) in c.properties.numericType == .decimal || c.properties.numericType == .digit }),
                             ("isalpha", { (c: Unicode.Scalar) in c.properties.isAlphabetic }),
                             ("isspace", { (c: Unicode.Scalar) in c.properties.isWhitespace }),
                             ("isupper", { (c: Unicode.Scalar) in c.properties.isUppercase }),
                             ("islower", { (c: Unicode.Scalar) in c.properties.isLowercase })] {
            defineMethod(t.str, name) { rt, args, _ in
                let s = selfStr(rt, args[0]).unicodeScalars
                return .bool(!s.isEmpty && s.allSatisfy(test))
            }
        }
        defineMethod(t.str, "capitalize") { rt, args, _ in
            let s = selfStr(rt, args[0])
            return rt.str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
        }
        defineMethod(t.str, "title") { rt, args, _ in
            var out = "", previousCased = false
            for c in selfStr(rt, args[0]) {
                out += previousCased ? c.lowercased() : c.uppercased()
                previousCased = c.isLetter
            }
            return rt.str(out)
        }
        for (name, align) in [("ljust", "<"), ("rjust", ">"), ("center", "^")] {
            defineMethod(t.str, name) { rt, args, _ in
                var spec = FormatSpec("")!
                spec.width = try rt.index(args[1])
                spec.fill = args.count > 2 ? Character(selfStr(rt, args[2])) : " "
                spec.align = Character(align)
                return rt.str(rt.pad(selfStr(rt, args[0]), spec, defaultAlign: "<"))
            }
        }
        defineMethod(t.str, "zfill") { rt, args, _ in
            let s = selfStr(rt, args[0]), width = try rt.index(args[1])
            let n = s.unicodeScalars.count
            guard width > n else { return rt.str(s) }
            if s.hasPrefix("-") || s.hasPrefix("+") {
                return rt.str(String(s.first!) + String(repeating: "0", count: width - n) + s.dropFirst())
            }
            return rt.str(String(repeating: "0", count: width - n) + s)
        }
        defineMethod(t.str, "splitlines") { rt, args, _ in
            rt.list(selfStr(rt, args[0]).split(omittingEmptySubsequences: false) { $0.isNewline }.map { rt.str(String($0)) }
                .dropLast(selfStr(rt, args[0]).last?.isNewline == true ? 1 : 0).map { $0 })
        }
        // keys/values/items return views (Types/Dict/PyDictView.swift).
        // Mutable containers are unhashable (tp_hash = PyObject_HashNotImplemented).
        t.list.namespace.setString(staticName("__hash__"), .none)
        t.dict.namespace.setString(staticName("__hash__"), .none)
    }
}

extension String {
    func components(separatedBy separator: String) -> Int {
        var count = 1
        var rest = self[...]
        while let r = rest.firstRange(of: separator) { count += 1; rest = rest[r.upperBound...] }
        return count
    }
}
