// Methods of str, list, dict and tuple (the most used ones; the rest follow per type).

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
            rt.str(try rt.strFormat(selfStr(rt, args[0]), Array(args.dropFirst()), kwargs))
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
        // list
        defineMethod(t.list, "append") { rt, args, kwargs in
            try rt.expectArgs("list.append", Array(args.dropFirst()), kwargs, min: 1, max: 1)
            (args[0].object as! PyList).items.append(args[1])
            return .none
        }
        defineMethod(t.list, "extend") { rt, args, _ in
            (args[0].object as! PyList).items += try rt.toArray(args[1])
            return .none
        }
        defineMethod(t.list, "pop") { rt, args, _ in
            let l = args[0].object as! PyList
            if l.items.isEmpty { throw rt.error(rt.types.indexError, "pop from empty list") }
            let i = args.count > 1 ? try rt.index(args[1]) : -1
            guard let j = rt.normalizedIndex(i, l.items.count) else { throw rt.error(rt.types.indexError, "pop index out of range") }
            return l.items.remove(at: j)
        }
        defineMethod(t.list, "insert") { rt, args, _ in
            let l = args[0].object as! PyList
            var i = try rt.index(args[1])
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(args[2], at: min(i, l.items.count))
            return .none
        }
        defineMethod(t.list, "remove") { rt, args, _ in
            let l = args[0].object as! PyList
            for (i, item) in l.items.enumerated() where try rt.equal(item, args[1]) {
                l.items.remove(at: i)
                return .none
            }
            throw rt.error(rt.types.valueError, "list.remove(x): x not in list")
        }
        defineMethod(t.list, "index") { rt, args, _ in
            let l = args[0].object as! PyList
            guard args.count >= 2 else { throw rt.error(rt.types.typeError, "index expected at least 1 argument, got 0") }
            let (start, stop) = rt.adjustIndices(try rt.sliceBound(args.count > 2 ? args[2] : nil),
                                                 try rt.sliceBound(args.count > 3 ? args[3] : nil), l.items.count)
            var i = start
            while i < min(stop, l.items.count) {
                if try rt.equal(l.items[i], args[1]) { return .int(i) }
                i += 1
            }
            throw rt.error(rt.types.valueError, "\(try rt.repr(args[1])) is not in list")
        }
        defineMethod(t.list, "count") { rt, args, _ in
            .int(try (args[0].object as! PyList).items.filter { try rt.equal($0, args[1]) }.count)
        }
        defineMethod(t.list, "sort") { rt, args, kwargs in
            if args.count > 1 { throw rt.error(rt.types.typeError, "sort() takes no positional arguments") }
            try rt.rejectUnknownKeywords(kwargs, allowed: ["key", "reverse"], function: "sort")
            try rt.sortList(args[0].object as! PyList, key: rt.keyword(kwargs, "key") ?? .none,
                            reverse: try rt.isTrue(rt.keyword(kwargs, "reverse") ?? .bool(false)))
            return .none
        }
        defineMethod(t.list, "reverse") { _, args, _ in
            (args[0].object as! PyList).items.reverse()
            return .none
        }
        defineMethod(t.list, "copy") { rt, args, _ in rt.list((args[0].object as! PyList).items) }
        defineMethod(t.list, "clear") { _, args, _ in
            (args[0].object as! PyList).items.removeAll()
            return .none
        }
        // tuple
        defineMethod(t.tuple, "index") { rt, args, _ in
            let items = (args[0].object as! PyTuple).items
            guard args.count >= 2 else { throw rt.error(rt.types.typeError, "index expected at least 1 argument, got 0") }
            let (start, stop) = rt.adjustIndices(try rt.sliceBound(args.count > 2 ? args[2] : nil),
                                                 try rt.sliceBound(args.count > 3 ? args[3] : nil), items.count)
            var i = start
            while i < min(stop, items.count) {
                if try rt.equal(items[i], args[1]) { return .int(i) }
                i += 1
            }
            throw rt.error(rt.types.valueError, "tuple.index(x): x not in tuple")
        }
        defineMethod(t.tuple, "count") { rt, args, _ in
            .int(try (args[0].object as! PyTuple).items.filter { try rt.equal($0, args[1]) }.count)
        }
        // dict
        defineMethod(t.dict, "get") { rt, args, _ in
            try rt.dictGet(args[0].object as! PyDict, args[1]) ?? (args.count > 2 ? args[2] : .none)
        }
        // keys/values/items return views (Types/Dict/PyDictView.swift).
        // Mutable containers are unhashable (tp_hash = PyObject_HashNotImplemented).
        t.list.namespace.setString(staticName("__hash__"), .none)
        t.dict.namespace.setString(staticName("__hash__"), .none)
        defineMethod(t.dict, "pop") { rt, args, _ in
            if let v = try rt.dictRemove(args[0].object as! PyDict, args[1]) { return v }
            if args.count > 2 { return args[2] }
            throw rt.error(rt.types.keyError, args: [args[1]])
        }
        defineMethod(t.dict, "setdefault") { rt, args, _ in
            let d = args[0].object as! PyDict
            if let v = try rt.dictGet(d, args[1]) { return v }
            let v = args.count > 2 ? args[2] : .none
            try rt.dictSet(d, args[1], v)
            return v
        }
        defineMethod(t.dict, "update") { rt, args, kwargs in
            let d = args[0].object as! PyDict
            if args.count > 1 { try rt.dictInit(d, args[1]) }
            if let kwargs { for (k, v) in kwargs.items { try rt.dictSet(d, k, v) } }
            return .none
        }
        defineMethod(t.dict, "copy") { rt, args, _ in
            let d = rt.newDict()
            for (k, v) in (args[0].object as! PyDict).items { try rt.dictSet(d, k, v) }
            return .object(d)
        }
        defineMethod(t.dict, "clear") { _, args, _ in
            (args[0].object as! PyDict).removeAll()
            return .none
        }
        defineMethod(t.dict, "__setitem__") { rt, args, _ in
            try rt.dictSet(args[0].object as! PyDict, args[1], args[2])
            return .none
        }
        defineMethod(t.dict, "__contains__") { rt, args, _ in .bool(try rt.dictGet(args[0].object as! PyDict, args[1]) != nil) }
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
