// complex(): the constructor (numbers, __complex__, and string parsing as
// complex_from_string_inner), format() of complex, the real/imag attributes, and the
// method table with the number dunders that subclasses and explicit calls use.
import PyBytecode

extension Runtime {
    // MARK: constructor

    /// Whether complex() accepts `v` as a number (it has nb_float or nb_index).
    private func isComplexNumberArgument(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .object(let o):
            if o is PyComplex || o is PyBigIntObject || o is PyBoxedFloat { return true }
            return o.type.lookup(staticName("__float__")) != nil || o.type.lookup(staticName("__index__")) != nil
        default: return false
        }
    }

    /// complex_new_impl.
    func complexConstructor(_ cls: PyType, _ args: ArraySlice<Value>, _ kwargs: PyDict?) throws -> Value {
        let a = try bindMethodArguments("complex", "complex", args, kwargs, ["real", "imag"], required: 0, .keywords)
        var r = a[0] ?? .int(0)
        let i = a[1]
        func make(_ real: Double, _ imag: Double) -> Value {
            cls === types.complex ? complex(real, imag) : .object(PyComplex(type: cls, real: real, imag: imag))
        }
        if i == nil, cls === types.complex, case .object(let o) = r, o.type === types.complex { return r }
        if let text = strValue(r) {
            if i != nil { throw error(types.typeError, "complex() can't take second arg if first is a string") }
            let (real, imag) = try parseComplex(text)
            return make(real, imag)
        }
        if let i, strValue(i) != nil { throw error(types.typeError, "complex() second arg can't be a string") }
        if case .object(let o) = r, !(o is PyComplex) || o.type.isHeapType,
           let method = o.type.lookup(staticName("__complex__")) {
            let result = try callMethodValue(method, r, [])
            guard case .object(let ro) = result, ro is PyComplex else {
                throw error(types.typeError, "__complex__ returned non-complex (type \(typeName(result)))")
            }
            r = result
        }
        guard isComplexNumberArgument(r) else {
            throw error(types.typeError, "complex() first argument must be a string or a number, not '\(typeName(r))'")
        }
        if let i, !isComplexNumberArgument(i) {
            throw error(types.typeError, "complex() second argument must be a number, not '\(typeName(i))'")
        }
        var cr = ComplexValue(real: 0, imag: 0)
        var ci = ComplexValue(real: 0, imag: 0)
        var crIsComplex = false, ciIsComplex = false
        if case .object(let o) = r, let c = o as? PyComplex {
            cr = complexValue(c)
            crIsComplex = true
        } else {
            cr.real = try floatOf(r)
        }
        if let i {
            if case .object(let o) = i, let c = o as? PyComplex {
                ci = complexValue(c)
                ciIsComplex = true
            } else {
                ci.real = try floatOf(i)
            }
        } else {
            ci.real = cr.imag
        }
        if ciIsComplex { cr.real -= ci.imag }
        if crIsComplex && i != nil { ci.real += cr.imag }
        return make(cr.real, ci.real)
    }

    /// PyNumber_Float as a Double.
    private func floatOf(_ v: Value) throws -> Double {
        let f = try floatConstructor([.none, v])
        switch f {
        case .float(let d): return d
        case .object(let o) where o is PyBoxedFloat: return (o as? PyBoxedFloat)?.value ?? 0
        default: throw error(types.typeError, "\(typeName(v)).__float__ returned non-float (type \(typeName(f)))")
        }
    }

    /// complex_subtype_from_string: Unicode digits and spaces folded to ASCII, underscores
    /// between digits removed, then the <float>[<signed-float>j] grammar.
    func parseComplex(_ text: String) throws -> (Double, Double) {
        var chars: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII { chars.append(UInt8(scalar.value)); continue }
            if scalar.properties.isWhitespace { chars.append(0x20); continue }
            if scalar.properties.numericType == .decimal, let v = scalar.properties.numericValue, v >= 0, v <= 9 {
                chars.append(0x30 + UInt8(v))
                continue
            }
            chars.append(UInt8(ascii: "?"))
        }
        if chars.contains(UInt8(ascii: "_")) {
            var kept: [UInt8] = []
            for (n, c) in chars.enumerated() {
                guard c == UInt8(ascii: "_") else { kept.append(c); continue }
                let before = n > 0 && isASCIIDigit(chars[n - 1])
                let after = n + 1 < chars.count && isASCIIDigit(chars[n + 1])
                guard before && after else {
                    throw error(types.valueError, "could not convert string to complex: \(PyRepr.repr(PyStr(text)))")
                }
            }
            chars = kept
        }
        let malformed = error(types.valueError, "complex() arg is a malformed string")
        var s = 0
        let n = chars.count
        func at(_ i: Int) -> UInt8 { i < n ? chars[i] : 0 }
        while isASCIISpace(at(s)) && s < n { s += 1 }
        var bracket = false
        if at(s) == UInt8(ascii: "(") {
            bracket = true
            s += 1
            while isASCIISpace(at(s)) && s < n { s += 1 }
        }
        var x = 0.0, y = 0.0
        let isJ = { (c: UInt8) in c == UInt8(ascii: "j") || c == UInt8(ascii: "J") }
        if let (z, end) = scanFloat(chars, s) {
            s = end
            if at(s) == UInt8(ascii: "+") || at(s) == UInt8(ascii: "-") {
                x = z
                if let (w, end2) = scanFloat(chars, s) {
                    y = w
                    s = end2
                } else {
                    y = at(s) == UInt8(ascii: "+") ? 1 : -1
                    s += 1
                }
                guard isJ(at(s)) else { throw malformed }
                s += 1
            } else if isJ(at(s)) {
                s += 1
                y = z
            } else {
                x = z
            }
        } else {
            if at(s) == UInt8(ascii: "+") || at(s) == UInt8(ascii: "-") {
                y = at(s) == UInt8(ascii: "+") ? 1 : -1
                s += 1
            } else {
                y = 1
            }
            guard isJ(at(s)) else { throw malformed }
            s += 1
        }
        while isASCIISpace(at(s)) && s < n { s += 1 }
        if bracket {
            guard at(s) == UInt8(ascii: ")") else { throw malformed }
            s += 1
            while isASCIISpace(at(s)) && s < n { s += 1 }
        }
        guard s == n else { throw malformed }
        return (x, y)
    }

    /// The longest float literal at chars[start...] (_PyOS_ascii_strtod: no leading space,
    /// inf/infinity/nan in any case, no hex), or nil when none starts there.
    func scanFloat(_ chars: [UInt8], _ start: Int) -> (Double, Int)? {
        let n = chars.count
        var i = start
        var negative = false
        if i < n && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        func matchWord(_ word: String, _ from: Int) -> Bool {
            let w = Array(word.utf8)
            guard from + w.count <= n else { return false }
            for k in 0..<w.count where asciiLower(chars[from + k]) != w[k] { return false }
            return true
        }
        if matchWord("infinity", i) { return (negative ? -.infinity : .infinity, i + 8) }
        if matchWord("inf", i) { return (negative ? -.infinity : .infinity, i + 3) }
        if matchWord("nan", i) { return (.nan, i + 3) }
        let mantissaStart = i
        var digits = 0
        while i < n && isASCIIDigit(chars[i]) { i += 1; digits += 1 }
        if i < n && chars[i] == UInt8(ascii: ".") {
            i += 1
            while i < n && isASCIIDigit(chars[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < n && (chars[i] == UInt8(ascii: "e") || chars[i] == UInt8(ascii: "E")) {
            var k = i + 1
            if k < n && (chars[k] == UInt8(ascii: "+") || chars[k] == UInt8(ascii: "-")) { k += 1 }
            if k < n && isASCIIDigit(chars[k]) {
                while k < n && isASCIIDigit(chars[k]) { k += 1 }
                i = k
            }
        }
        let literal = String(decoding: chars[mantissaStart..<i], as: UTF8.self)
        guard let magnitude = Double(literal) else { return nil }
        return (negative ? -magnitude : magnitude, i)
    }

    // MARK: format

    /// format_complex_internal.
    func formatComplex(_ c: PyComplex, _ spec: FormatSpec) throws -> String {
        if spec.fill == "0" || (spec.zeroPad && spec.fill == " " && spec.align == nil) {
            throw error(types.valueError, "Zero padding is not allowed in complex format specifier")
        }
        if spec.align == "=" {
            throw error(types.valueError, "'=' alignment flag is not allowed in complex format specifier")
        }
        var code: Character
        var skipReal = false, parens = false
        switch spec.type {
        case nil:
            code = spec.precision == nil ? "r" : "g"
            if c.real == 0 && c.real.sign == .plus { skipReal = true } else { parens = true }
        case "e", "E", "f", "F", "g", "G": code = spec.type ?? "g"
        case "n": code = "g"
        default:
            throw error(types.valueError, "Unknown format code '\(spec.type ?? " ")' for object of type 'complex'")
        }
        let precision = spec.precision ?? 6
        func digits(_ d: Double) -> String {
            var text: String
            if code == "r" {
                text = PyRepr.repr(float: Swift.abs(d))
                if text.hasSuffix(".0") { text.removeLast(2) }
            } else {
                text = cFormatDouble(Swift.abs(d), code, precision, alternate: spec.alternate)
            }
            if d.isNaN { text = code.isUppercase ? "NAN" : "nan" }
            if let g = spec.grouping {
                let intPart = text.prefix { $0.isASCII && $0.isNumber }
                if !intPart.isEmpty { text = group(String(intPart), g) + text.dropFirst(intPart.count) }
            }
            return text
        }
        func sign(_ d: Double, _ flag: Character) -> String {
            if d.sign == .minus && !d.isNaN { return "-" }
            return flag == "+" ? "+" : (flag == " " ? " " : "")
        }
        var body = ""
        if !skipReal { body += sign(c.real, spec.sign) + digits(c.real) }
        body += sign(c.imag, skipReal ? spec.sign : "+") + digits(c.imag) + "j"
        if parens { body = "(" + body + ")" }
        return pad(body, spec, defaultAlign: ">")
    }

    // MARK: methods

    private func selfComplex(_ args: [Value], _ name: String) throws -> PyComplex {
        guard let first = args.first else { throw missingSelf("complex", name) }
        guard case .object(let o) = first, let c = o as? PyComplex else {
            throw error(types.typeError, "descriptor '\(name)' for 'complex' objects doesn't apply to a '\(typeName(first))' object")
        }
        return c
    }

    func installComplexType() {
        let t = types.complex
        defineStatic(t, "__new__") { rt, args, kwargs in
            guard case .object(let o) = args.first ?? .null, let cls = o as? PyType, cls.isSubtype(of: rt.types.complex) else {
                throw rt.error(rt.types.typeError, "complex.__new__(X): X is not a subtype of complex")
            }
            return try rt.complexConstructor(cls, args.dropFirst(), kwargs)
        }
        // real and imag are read-only member descriptors.
        for (name, part) in [("real", true), ("imag", false)] {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, args, _ in
                let c = try rt.selfComplex(args, name)
                return .float(part ? c.real : c.imag)
            }
            let readonly = PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, _, _ in
                throw rt.error(rt.types.attributeError, "readonly attribute")
            }
            t.namespace.setString(intern(name), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                   setter: .object(readonly), deleter: .object(readonly),
                                                                   doc: .none)))
        }
        let unary: [(String, (Runtime, PyComplex) throws -> Value)] = [
            ("conjugate", { rt, c in rt.complex(c.real, -c.imag) }),
            ("__complex__", { rt, c in c.type === rt.types.complex ? .object(c) : rt.complex(c.real, c.imag) }),
            ("__getnewargs__", { rt, c in rt.tuple([.float(c.real), .float(c.imag)]) }),
            ("__repr__", { rt, c in rt.str(rt.complexRepr(c)) }),
            ("__hash__", { rt, c in .int(rt.complexHash(c)) }),
            ("__bool__", { _, c in .bool(c.real != 0 || c.imag != 0) }),
            ("__neg__", { rt, c in rt.complex(-c.real, -c.imag) }),
            ("__pos__", { rt, c in c.type === rt.types.complex ? .object(c) : rt.complex(c.real, c.imag) }),
            ("__abs__", { rt, c in
                guard let m = ComplexValue.magnitude(rt.complexValue(c)) else {
                    throw rt.error(rt.types.overflowError, "absolute value too large")
                }
                return .float(m)
            }),
        ]
        for (name, body) in unary {
            defineMethod(t, name) { rt, args, kwargs in
                let c = try rt.selfComplex(args, name)
                _ = try rt.bindMethodArguments("complex", name, args.dropFirst(), kwargs, [], required: 0, .noArgs)
                return try body(rt, c)
            }
        }
        let binary: [(String, BinaryOperator)] = [("add", .add), ("sub", .subtract), ("mul", .multiply),
                                                  ("truediv", .trueDivide), ("pow", .power)]
        for (name, op) in binary {
            for reflected in [false, true] {
                let dunder = reflected ? "__r\(name)__" : "__\(name)__"
                defineMethod(t, dunder) { rt, args, kwargs in
                    let c = try rt.selfComplex(args, dunder)
                    let maxArgs = op == .power ? 2 : 1
                    guard args.count >= 2, args.count <= maxArgs + 1, (kwargs?.count ?? 0) == 0 else {
                        throw rt.error(rt.types.typeError, "expected \(maxArgs == 1 ? "1 argument" : "1 or 2 arguments"), got \(args.count - 1)")
                    }
                    if args.count == 3 && !args[2].isNone { throw rt.error(rt.types.valueError, "complex modulo") }
                    let me = Value.object(c)
                    let r = try rt.complexArithmetic(op, reflected ? args[1] : me, reflected ? me : args[1])
                    return r ?? .object(rt.notImplemented)
                }
            }
        }
        for op in [CompareOp.eq, .ne, .lt, .le, .gt, .ge] {
            defineMethod(t, op.dunder) { rt, args, _ in
                let c = try rt.selfComplex(args, op.dunder)
                guard args.count == 2 else { throw rt.error(rt.types.typeError, "expected 1 argument, got \(args.count - 1)") }
                guard op == .eq || op == .ne, let equal = try rt.complexEquals(c, args[1]) else {
                    return .object(rt.notImplemented)
                }
                return .bool(op == .eq ? equal : !equal)
            }
        }
        defineMethod(t, "__format__") { rt, args, _ in
            let c = try rt.selfComplex(args, "__format__")
            guard args.count == 2, let spec = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "__format__() argument must be str, not \(rt.typeName(args.count > 1 ? args[1] : .none))")
            }
            if spec.isEmpty { return rt.str(try rt.toStr(.object(c))) }
            guard let parsed = FormatSpec(spec) else { throw rt.error(rt.types.valueError, "Invalid format specifier") }
            return rt.str(try rt.formatComplex(c, parsed))
        }
    }
}
