// int construction and conversion: int(x, base) parsing as PyLong_FromString does it,
// instances of int subclasses, and the int<->str digit limit of CPython 3.11
// (sys.set_int_max_str_digits).
//
// Int subclasses: plain ints are unboxed (`Value.int`, or PyBigIntObject beyond 64 bits),
// which cannot carry a type. An instance of a subclass is a PyBigIntObject whose type is
// the subclass; it may hold any value, small ones included. Arithmetic on it without an
// override takes the numeric fallback of binaryOp and gives plain ints, as in CPython.
import BigInt
import PyBytecode

extension Runtime {
    /// The default of sys.get_int_max_str_digits() (_PY_LONG_DEFAULT_MAX_STR_DIGITS).
    static let defaultIntMaxStrDigits = 4300

    /// An int value of type `cls`: unboxed for `int` itself, boxed for subclasses.
    func makeInt(_ value: BigInt, type cls: PyType) -> Value {
        cls === types.int ? makeInt(value) : .object(PyBigIntObject(type: cls, value))
    }

    /// The value of an int-like operand: int, bool, or a (possibly subclass) int object.
    func intLikeValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o as PyBigIntObject): return o.value
        default: return nil
        }
    }

    /// int -> decimal text, refusing more digits than sys.get_int_max_str_digits().
    func decimalString(_ value: BigInt) throws -> String {
        let limit = intMaxStrDigits
        let tooMany = error(types.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        // Cheap bound first: this many bits always has more than `limit` digits.
        if limit > 0 && value.magnitude.bitWidth > limit * 10 / 3 + 10 { throw tooMany }
        let text = value.description
        if limit > 0 && text.utf8.count - (value.sign == .minus ? 1 : 0) > limit { throw tooMany }
        return text
    }

    /// int(text, base) (PyLong_FromString after _PyUnicode_TransformDecimalAndSpaceToASCII).
    func parseInt(_ text: String, base: Int, original: Value? = nil) throws -> Value {
        if base != 0 && (base < 2 || base > 36) {
            throw error(types.valueError, "int() base must be >= 2 and <= 36, or 0")
        }
        // Fast path: a short run of ASCII decimal digits with an optional sign.
        if base == 10, let small = parseSmallDecimal(text) { return .int(small) }
        let invalid = { [self] in
            error(types.valueError, "invalid literal for int() with base \(base): \(try repr(original ?? str(text)))")
        }
        var chars: [UInt8] = []
        for c in text.unicodeScalars {
            if c.value < 0x80 { chars.append(UInt8(c.value)); continue }
            if c.properties.isWhitespace { chars.append(0x20); continue }
            if c.properties.numericType == .decimal, let v = c.properties.numericValue { chars.append(48 + UInt8(v)); continue }
            chars.append(UInt8(ascii: "?"))
        }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
        var i = 0, end = chars.count
        while i < end && isSpace(chars[i]) { i += 1 }
        while end > i && isSpace(chars[end - 1]) { end -= 1 }
        var negative = false
        if i < end && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        func lower(_ j: Int) -> UInt8 { j < end ? chars[j] | 0x20 : 0 }
        var b = base
        var oldOctalZeros = false
        if b == 0 {
            if i >= end || chars[i] != UInt8(ascii: "0") { b = 10 }
            else if lower(i + 1) == UInt8(ascii: "x") { b = 16 }
            else if lower(i + 1) == UInt8(ascii: "o") { b = 8 }
            else if lower(i + 1) == UInt8(ascii: "b") { b = 2 }
            else { b = 10; oldOctalZeros = true }
        }
        if i < end && chars[i] == UInt8(ascii: "0") &&
            ((b == 16 && lower(i + 1) == UInt8(ascii: "x")) || (b == 8 && lower(i + 1) == UInt8(ascii: "o"))
             || (b == 2 && lower(i + 1) == UInt8(ascii: "b"))) {
            i += 2
            // One underscore is allowed between the prefix and the first digit.
            if i < end && chars[i] == UInt8(ascii: "_") { i += 1 }
        }
        func digitValue(_ c: UInt8) -> Int? {
            switch c {
            case 48...57: return Int(c) - 48
            case 97...122: return Int(c) - 87
            case 65...90: return Int(c) - 55
            default: return nil
            }
        }
        var digits: [UInt8] = []
        var previousUnderscore = false
        while i < end {
            let c = chars[i]
            if c == UInt8(ascii: "_") {
                if previousUnderscore || digits.isEmpty { throw try invalid() }
                previousUnderscore = true
            } else if let d = digitValue(c), d < b {
                digits.append(UInt8(d))
                previousUnderscore = false
            } else {
                throw try invalid()
            }
            i += 1
        }
        if digits.isEmpty || previousUnderscore { throw try invalid() }
        // Base 0 does not take old-style octal: "010" is an error, "000" is zero.
        if oldOctalZeros && digits.contains(where: { $0 != 0 }) { throw try invalid() }
        if b & (b - 1) != 0 && intMaxStrDigits > 0 && digits.count > intMaxStrDigits {
            throw error(types.valueError, "Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        var value = BigInt(0)
        // Chunks of digits that fit in an Int keep the conversion near-linear.
        var chunk = 0, chunkScale = 1
        for d in digits {
            chunk = chunk * b + Int(d)
            chunkScale *= b
            if chunkScale > Int.max / 64 {
                value = value * BigInt(chunkScale) + BigInt(chunk)
                chunk = 0
                chunkScale = 1
            }
        }
        if chunkScale > 1 { value = value * BigInt(chunkScale) + BigInt(chunk) }
        return makeInt(negative ? -value : value)
    }

    func installIntMethods() {
        let t = types
        defineStatic(t.int, "__new__") { rt, args, kwargs in
            guard let first = args.first else { throw rt.error(rt.types.typeError, "int.__new__(): not enough arguments") }
            guard case .object(let o) = first, let cls = o as? PyType else {
                throw rt.error(rt.types.typeError, "int.__new__(X): X is not a type object (\(rt.typeName(first)))")
            }
            guard cls.isSubtype(of: rt.types.int) else {
                throw rt.error(rt.types.typeError, "int.__new__(\(cls.name)): \(cls.name) is not a subtype of int")
            }
            let given = args.count - 1 + (kwargs?.count ?? 0)
            if given > 2 { throw rt.error(rt.types.typeError, "int() takes at most 2 arguments (\(given) given)") }
            let value = try rt.intConstructor(args, kwargs)
            if cls === rt.types.int { return value }
            guard let big = rt.intLikeValue(value) else { return value }
            return .object(PyBigIntObject(type: cls, big))
        }
    }

    func installSysIntDigits(_ ns: PyDict) {
        ns.setString(staticName("get_int_max_str_digits"), .object(PyBuiltinFunction(type: types.builtinFunction, name: "get_int_max_str_digits") { rt, args, kwargs in
            try rt.expectArgs("get_int_max_str_digits", args, kwargs, min: 0, max: 0)
            return .int(rt.intMaxStrDigits)
        }))
        ns.setString(staticName("set_int_max_str_digits"), .object(PyBuiltinFunction(type: types.builtinFunction, name: "set_int_max_str_digits") { rt, args, kwargs in
            var positional = args
            if let v = rt.keyword(kwargs, "maxdigits") { positional.append(v) }
            try rt.rejectUnknownKeywords(kwargs, allowed: ["maxdigits"], function: "set_int_max_str_digits")
            guard positional.count == 1 else {
                throw rt.error(rt.types.typeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
            }
            let n = try rt.index(positional[0])
            if n != 0 && n < 640 { throw rt.error(rt.types.valueError, "maxdigits must be 0 or larger than 640") }
            rt.intMaxStrDigits = n
            return .none
        }))
    }
}

/// `-?[0-9]{1,18}` in ASCII, else nil (the general parser handles everything else).
func parseSmallDecimal(_ text: String) -> Int? {
    var utf8 = text.utf8.makeIterator()
    guard var c = utf8.next() else { return nil }
    var negative = false
    if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
        negative = c == UInt8(ascii: "-")
        guard let d = utf8.next() else { return nil }
        c = d
    }
    var value = 0
    var digits = 0
    while true {
        guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), digits < 18 else { return nil }
        value = value * 10 + Int(c - UInt8(ascii: "0"))
        digits += 1
        guard let next = utf8.next() else { break }
        c = next
    }
    return negative ? -value : value
}
