// The methods of bytes and bytearray (shared read-only ones, bytearray's mutators, the
// constructors and dunders), ending in the method table keyed by the exact Python name.
// ASCII-only character classes and case mapping, as CPython's bytes_methods.c.

/// One row of a method table: the Python name, its calling convention and parameters,
/// and the body, which gets the receiver, its bytes and the bound arguments.
struct BytesMethod {
    typealias Body = (Runtime, PyObject, [UInt8], [Value?]) throws -> Value
    let name: String
    let convention: MethodConvention
    let parameters: [String]
    let required: Int
    /// Mutators get an empty snapshot: holding a second reference to the buffer would make
    /// every in-place change copy it (copy-on-write), turning append loops quadratic.
    let mutates: Bool
    /// Leading parameters that cannot be passed by keyword (`translate(table, /, delete)`).
    let positionalOnly: Int
    let body: Body

    init(_ name: String, _ convention: MethodConvention, _ parameters: [String] = [], required: Int = 0,
         mutates: Bool = false, positionalOnly: Int = 0, _ body: @escaping Body) {
        self.name = name
        self.convention = convention
        self.parameters = parameters
        self.required = required
        self.mutates = mutates
        self.positionalOnly = positionalOnly
        self.body = body
    }
}

// MARK: ASCII character classes (Py_ISSPACE and friends)

@inline(__always) func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
@inline(__always) func isASCIILower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
@inline(__always) func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
@inline(__always) func isASCIIAlpha(_ c: UInt8) -> Bool { isASCIILower(c) || isASCIIUpper(c) }
@inline(__always) func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func asciiUpper(_ c: UInt8) -> UInt8 { isASCIILower(c) ? c - 32 : c }
@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { isASCIIUpper(c) ? c + 32 : c }

extension Runtime {
    // MARK: argument helpers

    /// A bytes-like argument: "a bytes-like object is required, not 'str'".
    func bytesArgument(_ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        throw error(types.typeError, "a bytes-like object is required, not '\(typeName(v))'")
    }

    /// The `sub` of find/count/index: bytes-like or an int in range(256).
    func subArgument(_ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        switch v {
        case .int, .bool: return [try byteValue(v)]
        case .object(let o) where o is PyBigIntObject || o.type.lookup(staticName("__index__")) != nil:
            return [try byteValue(v)]
        default:
            throw error(types.typeError, "argument should be integer or bytes-like object, not '\(typeName(v))'")
        }
    }

    /// The fill byte of center/ljust/rjust.
    func fillArgument(_ v: Value?, _ function: String) throws -> UInt8 {
        guard let v else { return 0x20 }
        if let b = bytesLike(v), b.count == 1 { return b[0] }
        throw error(types.typeError, "\(function)() argument 2 must be a byte string of length 1, not \(typeName(v))")
    }

    /// The strip set: None for whitespace, else bytes-like.
    func stripArgument(_ v: Value?) throws -> [UInt8]? {
        guard let v, !v.isNone else { return nil }
        return try bytesArgument(v)
    }

    /// An int argument bound as Py_ssize_t (big ints overflow, as in CPython).
    func ssizeArgument(_ v: Value?, default d: Int) throws -> Int {
        guard let v else { return d }
        return try index(v)
    }

    // MARK: algorithms shared by bytes and bytearray

    func bytesSplitWhitespace(_ data: [UInt8], _ maxsplit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var i = 0
        let n = data.count
        while true {
            while i < n && isASCIISpace(data[i]) { i += 1 }
            if i >= n { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(Array(data[i..<n]))
                break
            }
            let start = i
            while i < n && !isASCIISpace(data[i]) { i += 1 }
            parts.append(Array(data[start..<i]))
        }
        return parts
    }

    func bytesRSplitWhitespace(_ data: [UInt8], _ maxsplit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var i = data.count
        while true {
            while i > 0 && isASCIISpace(data[i - 1]) { i -= 1 }
            if i <= 0 { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(Array(data[0..<i]))
                break
            }
            let end = i
            while i > 0 && !isASCIISpace(data[i - 1]) { i -= 1 }
            parts.append(Array(data[i..<end]))
        }
        return parts.reversed()
    }

    func bytesSplit(_ data: [UInt8], _ sep: [UInt8], _ maxsplit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        while maxsplit < 0 || parts.count < maxsplit {
            let found = bytesFind(data, sep, start, data.count)
            if found < 0 { break }
            parts.append(Array(data[start..<found]))
            start = found + sep.count
        }
        parts.append(Array(data[start...]))
        return parts
    }

    func bytesRSplit(_ data: [UInt8], _ sep: [UInt8], _ maxsplit: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var end = data.count
        while maxsplit < 0 || parts.count < maxsplit {
            let found = bytesRFind(data, sep, 0, end)
            if found < 0 { break }
            parts.append(Array(data[(found + sep.count)..<end]))
            end = found
        }
        parts.append(Array(data[0..<end]))
        return parts.reversed()
    }

    func bytesStrip(_ data: [UInt8], _ chars: [UInt8]?, left: Bool, right: Bool) -> [UInt8] {
        func strip(_ c: UInt8) -> Bool { chars.map { $0.contains(c) } ?? isASCIISpace(c) }
        var start = 0, end = data.count
        if left { while start < end && strip(data[start]) { start += 1 } }
        if right { while end > start && strip(data[end - 1]) { end -= 1 } }
        return Array(data[start..<end])
    }

    func bytesReplace(_ data: [UInt8], _ old: [UInt8], _ new: [UInt8], _ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var n = 0
        if old.isEmpty {
            for b in data {
                if count < 0 || n < count { out += new; n += 1 }
                out.append(b)
            }
            if count < 0 || n < count { out += new }
            return out
        }
        var i = 0
        while count < 0 || n < count {
            let found = bytesFind(data, old, i, data.count)
            if found < 0 { break }
            out += data[i..<found]
            out += new
            i = found + old.count
            n += 1
        }
        out += data[i...]
        return out
    }

    func bytesCount(_ data: [UInt8], _ sub: [UInt8], _ start: Int, _ end: Int) -> Int {
        if end < start { return 0 }
        if sub.isEmpty { return end - start + 1 }
        var n = 0
        var i = start
        while true {
            let found = bytesFind(data, sub, i, end)
            if found < 0 { return n }
            n += 1
            i = found + sub.count
        }
    }

    /// stringlib pad for center: the extra space goes left when both margin and width are odd.
    func bytesPad(_ data: [UInt8], _ width: Int, _ fill: UInt8, _ how: Character) -> [UInt8] {
        guard width > data.count else { return data }
        let margin = width - data.count
        let left: Int
        switch how {
        case "<": left = 0
        case ">": left = margin
        default: left = margin / 2 + (margin & width & 1)
        }
        return [UInt8](repeating: fill, count: left) + data + [UInt8](repeating: fill, count: margin - left)
    }

    func bytesHex(_ data: [UInt8], _ sepValue: Value?, _ perSepValue: Value?) throws -> String {
        let digits = Array("0123456789abcdef".utf8)
        var sep: UInt8? = nil
        if let sepValue {
            let raw: [UInt8]
            if let s = strValue(sepValue) {
                let scalars = Array(s.unicodeScalars)
                guard scalars.count == 1 else { throw error(types.valueError, "sep must be length 1.") }
                guard scalars[0].isASCII else { throw error(types.valueError, "sep must be ASCII.") }
                raw = [UInt8(scalars[0].value)]
            } else if let b = bytesLike(sepValue) {
                guard b.count == 1 else { throw error(types.valueError, "sep must be length 1.") }
                guard b[0] < 0x80 else { throw error(types.valueError, "sep must be ASCII.") }
                raw = b
            } else {
                throw error(types.typeError, "object of type '\(typeName(sepValue))' has no len()")
            }
            sep = raw[0]
        }
        let perSep = try ssizeArgument(perSepValue, default: 1)
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 3)
        let group = perSep == Int.min ? Int.max : Swift.abs(perSep)
        for (i, b) in data.enumerated() {
            if let sep, group > 0, i > 0 {
                // Groups are counted from the right for a positive bytes_per_sep.
                let boundary = perSep > 0 ? (data.count - i) % group == 0 : i % group == 0
                if boundary { out.append(sep) }
            }
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    func bytesFromHex(_ v: Value) throws -> [UInt8] {
        guard let text = strValue(v) else {
            throw error(types.typeError, "fromhex() argument must be str, not \(typeName(v))")
        }
        let scalars = Array(text.unicodeScalars)
        func fail(_ at: Int) -> PyException {
            error(types.valueError, "non-hexadecimal number found in fromhex() arg at position \(at)")
        }
        if let bad = scalars.firstIndex(where: { !$0.isASCII }) { throw fail(bad) }
        let chars = scalars.map { UInt8($0.value) }
        func digit(_ i: Int) -> UInt8? {
            guard i < chars.count else { return nil }
            let c = chars[i]
            if isASCIIDigit(c) { return c - 0x30 }
            let l = asciiLower(c)
            if l >= 0x61 && l <= 0x66 { return l - 0x61 + 10 }
            return nil
        }
        var out: [UInt8] = []
        var i = 0
        while i < chars.count {
            if isASCIISpace(chars[i]) { i += 1; continue }
            guard let top = digit(i) else { throw fail(i) }
            guard let bottom = digit(i + 1) else { throw fail(i + 1) }
            out.append(top << 4 | bottom)
            i += 2
        }
        return out
    }

    func bytesSplitLines(_ data: [UInt8], keepends: Bool) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var i = 0
        let n = data.count
        while i < n {
            let start = i
            while i < n && data[i] != 0x0A && data[i] != 0x0D { i += 1 }
            var eol = i
            if i < n {
                if data[i] == 0x0D && i + 1 < n && data[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            lines.append(Array(data[start..<eol]))
        }
        return lines
    }

    func bytesExpandTabs(_ data: [UInt8], _ tabsize: Int) -> [UInt8] {
        var out: [UInt8] = []
        var column = 0
        for c in data {
            if c == 0x09 {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize
                    out += [UInt8](repeating: 0x20, count: spaces)
                    column += spaces
                }
            } else {
                out.append(c)
                column = (c == 0x0A || c == 0x0D) ? 0 : column + 1
            }
        }
        return out
    }

    func bytesTitle(_ data: [UInt8]) -> [UInt8] {
        var previousCased = false
        return data.map { c in
            let r = previousCased ? asciiLower(c) : asciiUpper(c)
            previousCased = isASCIIAlpha(c)
            return r
        }
    }

    func bytesIsTitle(_ data: [UInt8]) -> Bool {
        var cased = false, previousCased = false
        for c in data {
            if isASCIIUpper(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isASCIILower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// startswith/endswith: a bytes-like prefix or a tuple of them, within [start, end).
    func bytesAffix(_ data: [UInt8], _ args: [Value?], suffix: Bool) throws -> Value {
        let name = suffix ? "endswith" : "startswith"
        let (start, end) = adjustIndices(try sliceBound(args[1]), try sliceBound(args[2]), data.count)
        func matches(_ affix: [UInt8]) -> Bool {
            guard start <= data.count, end - start >= affix.count else { return false }
            let from = suffix ? end - affix.count : start
            return data[from..<(from + affix.count)].elementsEqual(affix)
        }
        let target = args[0] ?? .none
        if case .object(let o) = target, let t = o as? PyTuple {
            for item in t.items where matches(try bytesArgument(item)) { return .bool(true) }
            return .bool(false)
        }
        guard let affix = bytesLike(target) else {
            throw error(types.typeError, "\(name) first arg must be bytes or a tuple of bytes, not \(typeName(target))")
        }
        return .bool(matches(affix))
    }

    /// find/index/rfind/rindex/count share argument handling.
    func bytesSearch(_ data: [UInt8], _ args: [Value?]) throws -> ([UInt8], Int, Int) {
        let sub = try subArgument(args[0] ?? .none)
        let (start, end) = adjustIndices(try sliceBound(args[1]), try sliceBound(args[2]), data.count)
        return (sub, start, end)
    }

    func bytesJoin(_ separator: [UInt8], _ iterable: Value) throws -> [UInt8] {
        var out: [UInt8] = []
        guard isIterable(iterable) else { throw error(types.typeError, "can only join an iterable") }
        for (i, item) in try toArray(iterable).enumerated() {
            guard let b = bytesLike(item) else {
                throw error(types.typeError, "sequence item \(i): expected a bytes-like object, \(typeName(item)) found")
            }
            if i > 0 { out += separator }
            out += b
        }
        return out
    }

    func bytesTranslate(_ data: [UInt8], _ tableValue: Value?, _ deleteValue: Value?) throws -> [UInt8] {
        var table: [UInt8]? = nil
        if let tableValue, !tableValue.isNone {
            let t = try bytesArgument(tableValue)
            guard t.count == 256 else { throw error(types.valueError, "translation table must be 256 characters long") }
            table = t
        }
        var deleted = [Bool](repeating: false, count: 256)
        if let deleteValue { for b in try bytesArgument(deleteValue) { deleted[Int(b)] = true } }
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        for b in data where !deleted[Int(b)] { out.append(table.map { $0[Int(b)] } ?? b) }
        return out
    }

    // MARK: constructors

    /// bytes(...) / bytearray(...) contents, with the messages of bytes_new and bytearray_init.
    func bytesConstructorContents(_ typeName: String, _ args: ArraySlice<Value>, _ kwargs: PyDict?,
                                  isArray: Bool) throws -> [UInt8] {
        let bound = try bindMethodArguments(typeName, typeName, args, kwargs, ["source", "encoding", "errors"],
                                            required: 0, .keywords)
        let encoding = try bound[1].map { try strArgument($0, typeName, "encoding") }
        let errors = try bound[2].map { try strArgument($0, typeName, "errors") }
        guard let source = bound[0] else {
            if encoding != nil { throw error(types.typeError, "encoding without a string argument") }
            if errors != nil { throw error(types.typeError, "errors without a string argument") }
            return []
        }
        if let encoding {
            guard strValue(source) != nil else {
                throw error(types.typeError, "encoding without a string argument")
            }
            return try encode(source, encoding: encoding, errors: errors ?? "strict")
        }
        if errors != nil {
            if strValue(source) != nil { throw error(types.typeError, "string argument without an encoding") }
            throw error(types.typeError, "errors without a string argument")
        }
        if !isArray, case .object(let o) = source, o.type !== types.bytes, let method = o.type.lookup(staticName("__bytes__")) {
            let r = try callMethodValue(method, source, [])
            guard case .object(let ro) = r, let b = ro as? PyBytes else {
                throw error(types.typeError, "__bytes__ returned non-bytes (type \(self.typeName(r)))")
            }
            return b.bytes
        }
        if strValue(source) != nil { throw error(types.typeError, "string argument without an encoding") }
        if let b = bytesLike(source) { return b }
        // An int (or __index__) is a count of zero bytes.
        var count: Int? = nil
        switch source {
        case .int(let i): count = i
        case .bool(let b): count = b ? 1 : 0
        case .object(let o):
            if isOversizedInt(o) { throw error(types.overflowError, "cannot fit 'int' into an index-sized integer") }
            if o.type.lookup(staticName("__index__")) != nil { count = try index(source) }
        default: break
        }
        if let count {
            if count < 0 { throw error(types.valueError, "negative count") }
            if count > Int(Int32.max) { throw error(types.overflowError, "cannot fit 'int' into an index-sized integer") }
            return [UInt8](repeating: 0, count: count)
        }
        let items: [Value]
        do {
            items = try toArray(source)
        } catch let e as PyException where e.exception.type === types.typeError {
            throw error(types.typeError, "cannot convert '\(self.typeName(source))' object to \(typeName)")
        }
        return try items.map { item in
            do {
                return try byteValue(item)
            } catch let e as PyException where !isArray && e.exception.type === types.valueError {
                throw error(types.valueError, "bytes must be in range(0, 256)")
            }
        }
    }

    /// str(object, encoding, errors): decoding a bytes-like object.
    func strFromEncoded(_ args: ArraySlice<Value>, _ kwargs: PyDict?) throws -> Value {
        let bound = try bindMethodArguments("str", "str", args, kwargs, ["object", "encoding", "errors"],
                                            required: 0, .keywords)
        // str(object=x) alone is plain str(x); decoding needs encoding or errors.
        if bound[1] == nil && bound[2] == nil { return try strObject(bound[0] ?? str("")) }
        let encoding = try bound[1].map { try strArgument($0, "str", "encoding") } ?? "utf-8"
        let errors = try bound[2].map { try strArgument($0, "str", "errors") } ?? "strict"
        let source = bound[0] ?? bytes([])
        if strValue(source) != nil { throw error(types.typeError, "decoding str is not supported") }
        guard let data = bytesLike(source) else {
            throw error(types.typeError, "decoding to str: need a bytes-like object, \(typeName(source)) found")
        }
        return try decode(data, encoding: encoding, errors: errors)
    }

    // MARK: installation

    func installBytesTypes() {
        let t = types
        let shared = sharedBytesMethods()
        for (type, isArray) in [(t.bytes, false), (t.bytearray, true)] {
            for method in shared + (isArray ? bytearrayOnlyMethods() : []) {
                defineBytesMethod(type, isArray: isArray, method)
            }
            let owner = type.name
            defineBytesClassMethod(type, "fromhex") { rt, cls, args, kwargs in
                let a = try rt.bindMethodArguments(owner, "fromhex", args, kwargs, ["string"], required: 1, .oneArg)
                let data = try rt.bytesFromHex(a[0] ?? .none)
                if cls === rt.types.bytes { return rt.bytes(data) }
                if cls === rt.types.bytearray { return rt.bytearray(data) }
                return try rt.call(.object(cls), [isArray ? rt.bytearray(data) : rt.bytes(data)])
            }
            defineStatic(type, "maketrans") { rt, args, kwargs in
                let a = try rt.bindMethodArguments(owner, "maketrans", args[...], kwargs, ["frm", "to"], required: 2, .positional)
                let from = try rt.bytesArgument(a[0] ?? .none), to = try rt.bytesArgument(a[1] ?? .none)
                guard from.count == to.count else {
                    throw rt.error(rt.types.valueError, "maketrans arguments must have same length")
                }
                var table = (0...255).map { UInt8($0) }
                for (f, t) in zip(from, to) { table[Int(f)] = t }
                return rt.bytes(table)
            }
        }
        defineStatic(t.bytes, "__new__") { rt, args, kwargs in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls.isSubtype(of: rt.types.bytes) else {
                throw rt.error(rt.types.typeError, "bytes.__new__(X): X is not a subtype of bytes")
            }
            // bytes(b) of an exact bytes is the same object, as in CPython.
            if cls === rt.types.bytes, args.count == 2, (kwargs?.count ?? 0) == 0, case .object(let b) = args[1],
               b.type === rt.types.bytes {
                return args[1]
            }
            return .object(PyBytes(type: cls, try rt.bytesConstructorContents("bytes", args.dropFirst(), kwargs, isArray: false)))
        }
        defineStatic(t.bytearray, "__new__") { rt, args, _ in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls.isSubtype(of: rt.types.bytearray) else {
                throw rt.error(rt.types.typeError, "bytearray.__new__(X): X is not a subtype of bytearray")
            }
            return .object(PyByteArray(type: cls, []))
        }
        defineMethod(t.bytearray, "__init__") { rt, args, kwargs in
            guard let ba = args.first?.object as? PyByteArray else {
                throw rt.error(rt.types.typeError, "descriptor '__init__' requires a 'bytearray' object")
            }
            ba.bytes = try rt.bytesConstructorContents("bytearray", args.dropFirst(), kwargs, isArray: true)
            return .none
        }
        defineMethod(t.bytes, "__hash__") { rt, args, _ in
            guard let b = args.first?.object as? PyBytes else {
                throw rt.error(rt.types.typeError, "descriptor '__hash__' for 'bytes' objects doesn't apply to a '\(rt.typeName(args.first ?? .none))' object")
            }
            return .int(b.hashValue)
        }
        defineMethod(t.bytes, "__bytes__") { rt, args, _ in
            guard let b = args.first?.object as? PyBytes else {
                throw rt.error(rt.types.typeError, "descriptor '__bytes__' for 'bytes' objects doesn't apply to a '\(rt.typeName(args.first ?? .none))' object")
            }
            return b.type === rt.types.bytes ? .object(b) : rt.bytes(b.bytes)
        }
        for iteratorType in [t.bytesIterator, t.bytearrayIterator] {
            defineMethod(iteratorType, "__iter__") { _, args, _ in args.first ?? .none }
            defineMethod(iteratorType, "__next__") { rt, args, _ in
                if let v = try rt.next(args.first ?? .none) { return v }
                throw rt.error(rt.types.stopIteration, args: [])
            }
        }
        // bytearray is mutable, hence unhashable.
        t.bytearray.namespace.setString(staticName("__hash__"), .none)
        installUnicodeErrorTypes()
        installStrEncode()
        installIntBytesConversions()
    }

    private func installStrEncode() {
        defineMethod(types.str, "encode") { rt, args, kwargs in
            guard let text = args.first, rt.strValue(text) != nil else {
                throw rt.error(rt.types.typeError, "descriptor 'encode' for 'str' objects doesn't apply to a '\(rt.typeName(args.first ?? .none))' object")
            }
            let a = try rt.bindMethodArguments("str", "encode", args.dropFirst(), kwargs, ["encoding", "errors"], required: 0, .keywords)
            let encoding = try a[0].map { try rt.strArgument($0, "encode", "encoding") } ?? "utf-8"
            let errors = try a[1].map { try rt.strArgument($0, "encode", "errors") } ?? "strict"
            return rt.bytes(try rt.encode(text, encoding: encoding, errors: errors))
        }
    }

    /// Registers one table row on `type`, checking that self is of the right kind.
    private func defineBytesMethod(_ type: PyType, isArray: Bool, _ method: BytesMethod) {
        let owner = type.name
        defineMethod(type, method.name) { rt, args, kwargs in
            guard let receiver = args.first else { throw rt.missingSelf(owner, method.name) }
            let data: [UInt8]
            let object: PyObject
            if isArray, case .object(let o) = receiver, let ba = o as? PyByteArray {
                data = method.mutates ? [] : ba.bytes
                object = o
            }
            else if !isArray, case .object(let o) = receiver, let b = o as? PyBytes { data = b.bytes; object = o }
            else {
                throw rt.error(rt.types.typeError,
                               "descriptor '\(method.name)' for '\(owner)' objects doesn't apply to a '\(rt.typeName(receiver))' object")
            }
            let bound = try rt.bindMethodArguments(owner, method.name, args.dropFirst(), kwargs, method.parameters,
                                                   required: method.required, method.convention,
                                                   positionalOnly: method.positionalOnly)
            return try method.body(rt, object, data, bound)
        }
    }

    /// A classmethod implemented in Swift (bytes.fromhex): the body gets the class.
    func defineBytesClassMethod(_ type: PyType, _ name: String,
                                _ body: @escaping (Runtime, PyType, ArraySlice<Value>, PyDict?) throws -> Value) {
        let f = PyBuiltinFunction(type: types.builtinFunction, name: name, ownerName: type.name) { rt, args, kwargs in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType else {
                throw rt.error(rt.types.typeError, "\(type.name).\(name) needs a type")
            }
            return try body(rt, cls, args.dropFirst(), kwargs)
        }
        type.namespace.setString(intern(name), .object(PyClassMethod(type: types.classMethodDescriptor, .object(f))))
    }

    // MARK: method tables

    /// Methods bytes and bytearray share (results take the receiver's kind).
    private func sharedBytesMethods() -> [BytesMethod] {
        func predicate(_ name: String, _ test: @escaping ([UInt8]) -> Bool) -> BytesMethod {
            BytesMethod(name, .noArgs) { _, _, data, _ in .bool(test(data)) }
        }
        func mapping(_ name: String, _ f: @escaping (UInt8) -> UInt8) -> BytesMethod {
            BytesMethod(name, .noArgs) { rt, o, data, _ in rt.sameKind(o, data.map(f)) }
        }
        func hasCased(_ data: [UInt8], upper: Bool) -> Bool {
            var cased = false
            for c in data {
                if upper ? isASCIILower(c) : isASCIIUpper(c) { return false }
                if upper ? isASCIIUpper(c) : isASCIILower(c) { cased = true }
            }
            return cased
        }
        func find(_ name: String, reverse: Bool, raises: Bool) -> BytesMethod {
            BytesMethod(name, .varargs, ["sub", "start", "end"], required: 1) { rt, _, data, a in
                let (sub, start, end) = try rt.bytesSearch(data, a)
                let i = reverse ? rt.bytesRFind(data, sub, start, end) : rt.bytesFind(data, sub, start, end)
                if i < 0 && raises { throw rt.error(rt.types.valueError, "subsection not found") }
                return .int(i)
            }
        }
        func strip(_ name: String, left: Bool, right: Bool) -> BytesMethod {
            BytesMethod(name, .positional, ["bytes"]) { rt, o, data, a in
                rt.sameKind(o, rt.bytesStrip(data, try rt.stripArgument(a[0]), left: left, right: right))
            }
        }
        func pad(_ name: String, _ how: Character) -> BytesMethod {
            BytesMethod(name, .positional, ["width", "fillchar"], required: 1) { rt, o, data, a in
                let width = try rt.index(a[0] ?? .none)
                let fill = try rt.fillArgument(a[1], name)
                if width <= data.count, o.type === rt.types.bytes { return .object(o) }
                return rt.sameKind(o, rt.bytesPad(data, width, fill, how))
            }
        }
        func partition(_ name: String, reverse: Bool) -> BytesMethod {
            BytesMethod(name, .oneArg, ["sep"], required: 1) { rt, o, data, a in
                let sep = try rt.bytesArgument(a[0] ?? .none)
                if sep.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
                let i = reverse ? rt.bytesRFind(data, sep, 0, data.count) : rt.bytesFind(data, sep, 0, data.count)
                // The unsplit receiver itself is returned for an exact bytes, as in CPython.
                let whole: Value = o.type === rt.types.bytes ? .object(o) : rt.sameKind(o, data)
                if i < 0 {
                    let empty = rt.sameKind(o, [])
                    return reverse ? rt.tuple([empty, rt.sameKind(o, []), whole]) : rt.tuple([whole, empty, rt.sameKind(o, [])])
                }
                return rt.tuple([rt.sameKind(o, Array(data[0..<i])), rt.sameKind(o, sep),
                                 rt.sameKind(o, Array(data[(i + sep.count)...]))])
            }
        }
        func split(_ name: String, reverse: Bool) -> BytesMethod {
            BytesMethod(name, .keywords, ["sep", "maxsplit"]) { rt, o, data, a in
                let maxsplit = try rt.ssizeArgument(a[1], default: -1)
                let parts: [[UInt8]]
                if let sepValue = a[0], !sepValue.isNone {
                    let sep = try rt.bytesArgument(sepValue)
                    if sep.isEmpty { throw rt.error(rt.types.valueError, "empty separator") }
                    parts = reverse ? rt.bytesRSplit(data, sep, maxsplit) : rt.bytesSplit(data, sep, maxsplit)
                } else {
                    parts = reverse ? rt.bytesRSplitWhitespace(data, maxsplit) : rt.bytesSplitWhitespace(data, maxsplit)
                }
                return rt.list(parts.map { rt.sameKind(o, $0) })
            }
        }
        func affix(_ name: String, suffix: Bool) -> BytesMethod {
            BytesMethod(name, .varargs, ["prefix", "start", "end"], required: 1) { rt, _, data, a in
                try rt.bytesAffix(data, a, suffix: suffix)
            }
        }
        func remove(_ name: String, suffix: Bool) -> BytesMethod {
            BytesMethod(name, .oneArg, [suffix ? "suffix" : "prefix"], required: 1) { rt, o, data, a in
                let affix = try rt.bytesArgument(a[0] ?? .none)
                let hit = suffix ? data.count >= affix.count && data[(data.count - affix.count)...].elementsEqual(affix)
                                 : data.starts(with: affix)
                if !hit || affix.isEmpty {
                    return o.type === rt.types.bytes ? .object(o) : rt.sameKind(o, data)
                }
                return rt.sameKind(o, suffix ? Array(data[0..<(data.count - affix.count)]) : Array(data[affix.count...]))
            }
        }
        return [
            BytesMethod("decode", .keywords, ["encoding", "errors"]) { rt, _, data, a in
                let encoding = try a[0].map { try rt.strArgument($0, "decode", "encoding") } ?? "utf-8"
                let errors = try a[1].map { try rt.strArgument($0, "decode", "errors") } ?? "strict"
                return try rt.decode(data, encoding: encoding, errors: errors)
            },
            BytesMethod("hex", .keywords, ["sep", "bytes_per_sep"]) { rt, _, data, a in
                rt.str(try rt.bytesHex(data, a[0], a[1]))
            },
            BytesMethod("join", .oneArg, ["iterable_of_bytes"], required: 1) { rt, o, data, a in
                rt.sameKind(o, try rt.bytesJoin(data, a[0] ?? .none))
            },
            split("split", reverse: false),
            split("rsplit", reverse: true),
            BytesMethod("splitlines", .keywords, ["keepends"]) { rt, o, data, a in
                let keepends = try a[0].map { try rt.isTrue($0) } ?? false
                return rt.list(rt.bytesSplitLines(data, keepends: keepends).map { rt.sameKind(o, $0) })
            },
            strip("strip", left: true, right: true),
            strip("lstrip", left: true, right: false),
            strip("rstrip", left: false, right: true),
            affix("startswith", suffix: false),
            affix("endswith", suffix: true),
            find("find", reverse: false, raises: false),
            find("index", reverse: false, raises: true),
            find("rfind", reverse: true, raises: false),
            find("rindex", reverse: true, raises: true),
            BytesMethod("count", .varargs, ["sub", "start", "end"], required: 1) { rt, _, data, a in
                let (sub, start, end) = try rt.bytesSearch(data, a)
                return .int(rt.bytesCount(data, sub, start, end))
            },
            BytesMethod("replace", .positional, ["old", "new", "count"], required: 2) { rt, o, data, a in
                let old = try rt.bytesArgument(a[0] ?? .none), new = try rt.bytesArgument(a[1] ?? .none)
                let count = try rt.ssizeArgument(a[2], default: -1)
                return rt.sameKind(o, rt.bytesReplace(data, old, new, count))
            },
            partition("partition", reverse: false),
            partition("rpartition", reverse: true),
            pad("center", "^"),
            pad("ljust", "<"),
            pad("rjust", ">"),
            BytesMethod("zfill", .oneArg, ["width"], required: 1) { rt, o, data, a in
                let width = try rt.index(a[0] ?? .none)
                guard width > data.count else { return o.type === rt.types.bytes ? .object(o) : rt.sameKind(o, data) }
                var out = [UInt8](repeating: 0x30, count: width - data.count) + data
                if let first = data.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                    out[0] = first
                    out[width - data.count] = 0x30
                }
                return rt.sameKind(o, out)
            },
            BytesMethod("expandtabs", .keywords, ["tabsize"]) { rt, o, data, a in
                rt.sameKind(o, rt.bytesExpandTabs(data, try rt.ssizeArgument(a[0], default: 8)))
            },
            remove("removeprefix", suffix: false),
            remove("removesuffix", suffix: true),
            BytesMethod("translate", .keywords, ["table", "delete"], required: 1, positionalOnly: 1) { rt, o, data, a in
                rt.sameKind(o, try rt.bytesTranslate(data, a[0], a[1]))
            },
            mapping("upper", asciiUpper),
            mapping("lower", asciiLower),
            mapping("swapcase") { isASCIILower($0) ? $0 - 32 : asciiLower($0) },
            BytesMethod("title", .noArgs) { rt, o, data, _ in rt.sameKind(o, rt.bytesTitle(data)) },
            BytesMethod("capitalize", .noArgs) { rt, o, data, _ in
                rt.sameKind(o, data.enumerated().map { $0.offset == 0 ? asciiUpper($0.element) : asciiLower($0.element) })
            },
            predicate("isdigit") { !$0.isEmpty && $0.allSatisfy(isASCIIDigit) },
            predicate("isalpha") { !$0.isEmpty && $0.allSatisfy(isASCIIAlpha) },
            predicate("isalnum") { !$0.isEmpty && $0.allSatisfy { isASCIIAlpha($0) || isASCIIDigit($0) } },
            predicate("isspace") { !$0.isEmpty && $0.allSatisfy(isASCIISpace) },
            predicate("isascii") { $0.allSatisfy { $0 < 0x80 } },
            predicate("isupper") { hasCased($0, upper: true) },
            predicate("islower") { hasCased($0, upper: false) },
            BytesMethod("istitle", .noArgs) { rt, _, data, _ in .bool(rt.bytesIsTitle(data)) },
            // Dunders: the protocol hooks handle the builtin types directly; these serve
            // subclasses and explicit calls such as `b.__getitem__(0)`.
            BytesMethod("__len__", .noArgs) { _, _, data, _ in .int(data.count) },
            BytesMethod("__getitem__", .oneArg, ["key"], required: 1) { rt, o, _, a in
                try rt.bytesGetItem(o, a[0] ?? .none)
            },
            BytesMethod("__contains__", .oneArg, ["key"], required: 1) { rt, _, data, a in
                .bool(try rt.bytesContains(data, a[0] ?? .none))
            },
            BytesMethod("__iter__", .noArgs) { rt, o, _, _ in rt.bytesIterator(o) },
            BytesMethod("__repr__", .noArgs) { rt, o, _, _ in rt.str(rt.bytesRepr(o) ?? "") },
            BytesMethod("__add__", .oneArg, ["value"], required: 1) { rt, o, _, a in
                try rt.bytesConcat(o, a[0] ?? .none, inplace: false)
            },
            BytesMethod("__mul__", .oneArg, ["value"], required: 1) { rt, o, _, a in
                try rt.bytesRepeat(o, a[0] ?? .none, inplace: false)
            },
            BytesMethod("__rmul__", .oneArg, ["value"], required: 1) { rt, o, _, a in
                try rt.bytesRepeat(o, a[0] ?? .none, inplace: false)
            },
            BytesMethod("__mod__", .oneArg, ["value"], required: 1) { rt, o, _, a in
                try rt.bytesPercentFormat(o, a[0] ?? .none)
            },
            BytesMethod("__rmod__", .oneArg, ["value"], required: 1) { rt, _, _, _ in .object(rt.notImplemented) },
        ] + [CompareOp.eq, .ne, .lt, .le, .gt, .ge].map { op in
            BytesMethod(op.dunder, .oneArg, ["value"], required: 1) { rt, o, _, a in
                guard let r = rt.bytesCompare(.object(o), a[0] ?? .none, op) else { return .object(rt.notImplemented) }
                return .bool(r)
            }
        }
    }

    /// bytearray's mutators.
    private func bytearrayOnlyMethods() -> [BytesMethod] {
        func array(_ o: PyObject) -> PyByteArray { o as? PyByteArray ?? PyByteArray(type: types.bytearray, []) }
        return [
            BytesMethod("append", .oneArg, ["item"], required: 1, mutates: true) { rt, o, _, a in
                let b = try rt.byteValue(a[0] ?? .none)
                array(o).bytes.append(b)
                return .none
            },
            BytesMethod("extend", .oneArg, ["iterable_of_ints"], required: 1, mutates: true) { rt, o, _, a in
                let source = a[0] ?? .none
                let more: [UInt8]
                if let b = rt.bytesLike(source) { more = b }
                else {
                    do { more = try rt.toArray(source).map { try rt.byteValue($0) } }
                    catch let e as PyException where e.exception.type === rt.types.typeError && !rt.isIterable(source) {
                        throw rt.error(rt.types.typeError, "can't extend bytearray with \(rt.typeName(source))")
                    }
                }
                array(o).bytes += more
                return .none
            },
            BytesMethod("pop", .positional, ["index"], mutates: true) { rt, o, _, a in
                let ba = array(o)
                let i = try rt.ssizeArgument(a[0], default: -1)
                if ba.bytes.isEmpty { throw rt.error(rt.types.indexError, "pop from empty bytearray") }
                guard let j = rt.normalizedIndex(i, ba.bytes.count) else {
                    throw rt.error(rt.types.indexError, "pop index out of range")
                }
                return .int(Int(ba.bytes.remove(at: j)))
            },
            BytesMethod("insert", .positional, ["index", "item"], required: 2, mutates: true) { rt, o, _, a in
                let ba = array(o)
                var i = try rt.index(a[0] ?? .none)
                let b = try rt.byteValue(a[1] ?? .none)
                if i < 0 { i = Swift.max(0, i + ba.bytes.count) }
                ba.bytes.insert(b, at: Swift.min(i, ba.bytes.count))
                return .none
            },
            BytesMethod("remove", .oneArg, ["value"], required: 1, mutates: true) { rt, o, _, a in
                let ba = array(o)
                let b = try rt.byteValue(a[0] ?? .none)
                guard let i = ba.bytes.firstIndex(of: b) else {
                    throw rt.error(rt.types.valueError, "value not found in bytearray")
                }
                ba.bytes.remove(at: i)
                return .none
            },
            BytesMethod("reverse", .noArgs, mutates: true) { _, o, _, _ in
                array(o).bytes.reverse()
                return .none
            },
            BytesMethod("clear", .noArgs, mutates: true) { _, o, _, _ in
                array(o).bytes.removeAll()
                return .none
            },
            BytesMethod("copy", .noArgs) { rt, _, data, _ in rt.bytearray(data) },
            BytesMethod("__setitem__", .positional, ["key", "value"], required: 2, mutates: true) { rt, o, _, a in
                try rt.bytearraySetItem(array(o), a[0] ?? .none, a[1] ?? .none)
                return .none
            },
            BytesMethod("__delitem__", .oneArg, ["key"], required: 1, mutates: true) { rt, o, _, a in
                try rt.bytearrayDeleteItem(array(o), a[0] ?? .none)
                return .none
            },
            BytesMethod("__iadd__", .oneArg, ["value"], required: 1, mutates: true) { rt, o, _, a in
                try rt.bytesConcat(o, a[0] ?? .none, inplace: true)
            },
            BytesMethod("__imul__", .oneArg, ["value"], required: 1, mutates: true) { rt, o, _, a in
                try rt.bytesRepeat(o, a[0] ?? .none, inplace: true)
            },
        ]
    }

    func isIterable(_ v: Value) -> Bool {
        if case .object(let o) = v {
            if o is PyList || o is PyTuple || o is PyDict || o is PyStrObject || o is PyRange || o is PyBytes
                || o is PyByteArray || isBuiltinIterator(v) { return true }
            return o.type.lookup(staticName("__iter__")) != nil || o.type.lookup(staticName("__getitem__")) != nil
        }
        return false
    }
}
