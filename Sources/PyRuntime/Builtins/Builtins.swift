// The builtins module: functions that need no outside world beyond the Host's streams.
import BigInt
import PyBytecode

extension Runtime {
    func installBuiltins() {
        let t = types
        for (name, type) in [("object", t.object), ("type", t.type), ("int", t.int), ("bool", t.bool),
                             ("float", t.float), ("str", t.str), ("tuple", t.tuple), ("list", t.list),
                             ("dict", t.dict), ("range", t.range), ("slice", t.slice), ("property", t.property),
                             ("staticmethod", t.staticMethod), ("classmethod", t.classMethod), ("super", t.superType),
                             ("BaseException", t.baseException), ("Exception", t.exception),
                             ("TypeError", t.typeError), ("ValueError", t.valueError),
                             ("AttributeError", t.attributeError), ("NameError", t.nameError),
                             ("UnboundLocalError", t.unboundLocalError), ("IndexError", t.indexError),
                             ("KeyError", t.keyError), ("LookupError", t.lookupError),
                             ("ZeroDivisionError", t.zeroDivisionError), ("ArithmeticError", t.arithmeticError),
                             ("OverflowError", t.overflowError), ("StopIteration", t.stopIteration),
                             ("RuntimeError", t.runtimeError), ("RecursionError", t.recursionError),
                             ("NotImplementedError", t.notImplementedError), ("SystemError", t.systemError),
                             ("AssertionError", t.assertionError), ("SystemExit", t.systemExit),
                             ("KeyboardInterrupt", t.keyboardInterrupt), ("ImportError", t.importError),
                             ("ModuleNotFoundError", t.moduleNotFoundError), ("UnicodeError", t.unicodeError),
                             ("GeneratorExit", t.generatorExit), ("bytes", t.bytes), ("bytearray", t.bytearray),
                             ("complex", t.complex), ("UnicodeDecodeError", t.unicodeDecodeError),
                             ("UnicodeEncodeError", t.unicodeEncodeError)] {
            builtins.setString(intern(name), .object(type))
        }
        builtins.setString(staticName("NotImplemented"), .object(notImplemented))
        builtins.setString(staticName("Ellipsis"), .object(ellipsis))
        builtins.setString(staticName("__name__"), str("builtins"))
        installTypeMethods()
        installExceptionTypes()
        installBytesTypes()
        installComplexType()
        installSetTypes()
        installDictViews()
        installDictMethods()
        installFloatMethods()
        installListMethods()
        installListNamedMethods()
        installIntMethods()
        installIteratorMethods()
        installGeneratorTypes()
        guardStrMethodReceivers()
        installMemoryView()
        installImportBuiltin()
        installModuleMethods()

        defineBuiltin("print") { rt, args, kwargs in
            try rt.printBuiltin(args, kwargs)
            return .none
        }
        defineBuiltin("len") { rt, args, kwargs in
            try rt.expectArgs("len", args, kwargs, min: 1, max: 1)
            return try rt.withRecursionGuard(" while calling a Python object") { .int(try rt.length(args[0])) }  // METH_O
        }
        defineBuiltin("repr") { rt, args, kwargs in
            try rt.expectArgs("repr", args, kwargs, min: 1, max: 1)
            return try rt.withRecursionGuard(" while calling a Python object") { rt.str(try rt.repr(args[0])) }  // METH_O
        }
        defineBuiltin("ascii") { rt, args, kwargs in
            try rt.expectArgs("ascii", args, kwargs, min: 1, max: 1)
            return try rt.withRecursionGuard(" while calling a Python object") { rt.str(try rt.ascii(args[0])) }  // METH_O
        }
        defineBuiltin("format") { rt, args, kwargs in
            try rt.expectArgs("format", args, kwargs, min: 1, max: 2)
            if args.count > 1, rt.strValue(args[1]) == nil {
                throw rt.error(rt.types.typeError, "format() argument 2 must be str, not \(rt.typeName(args[1]))")
            }
            return try rt.formatExact(args[0], args.count > 1 ? rt.strValue(args[1]) ?? "" : "")
        }
        defineBuiltin("isinstance") { rt, args, kwargs in
            try rt.expectArgs("isinstance", args, kwargs, min: 2, max: 2)
            return .bool(try rt.isInstanceCheck(args[0], args[1]))
        }
        defineBuiltin("issubclass") { rt, args, kwargs in
            try rt.expectArgs("issubclass", args, kwargs, min: 2, max: 2)
            guard case .object(let o) = args[0], let cls = o as? PyType else {
                throw rt.error(rt.types.typeError, "issubclass() arg 1 must be a class")
            }
            return .bool(try rt.isSubclassCheck(cls, args[1]))
        }
        defineBuiltin("hash") { rt, args, kwargs in
            try rt.expectArgs("hash", args, kwargs, min: 1, max: 1)
            return .int(try rt.hash(args[0]))
        }
        defineBuiltin("id") { rt, args, kwargs in
            try rt.expectArgs("id", args, kwargs, min: 1, max: 1)
            if case .object(let o) = args[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(try rt.hash(args[0]))
        }
        defineBuiltin("callable") { rt, args, kwargs in
            try rt.expectArgs("callable", args, kwargs, min: 1, max: 1)
            return .bool(rt.isCallable(args[0]))
        }
        defineBuiltin("getattr") { rt, args, kwargs in
            try rt.expectArgs("getattr", args, kwargs, min: 2, max: 3)
            guard let name = rt.attributeName(args[1]) else {
                throw rt.error(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            do {
                return try rt.getAttribute(args[0], name)
            } catch let e as PyException where args.count == 3 && e.exception.type.isSubtype(of: rt.types.attributeError) {
                return args[2]
            }
        }
        defineBuiltin("setattr") { rt, args, kwargs in
            try rt.expectArgs("setattr", args, kwargs, min: 3, max: 3)
            guard let name = rt.attributeName(args[1]) else {
                throw rt.error(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            try rt.setAttribute(args[0], name, args[2])
            return .none
        }
        defineBuiltin("delattr") { rt, args, kwargs in
            try rt.expectArgs("delattr", args, kwargs, min: 2, max: 2)
            guard let name = rt.attributeName(args[1]) else {
                throw rt.error(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            try rt.deleteAttribute(args[0], name)
            return .none
        }
        defineBuiltin("hasattr") { rt, args, kwargs in
            try rt.expectArgs("hasattr", args, kwargs, min: 2, max: 2)
            guard let name = rt.attributeName(args[1]) else {
                throw rt.error(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            do {
                _ = try rt.getAttribute(args[0], name)
                return .bool(true)
            } catch let e as PyException where e.exception.type.isSubtype(of: rt.types.attributeError) {
                return .bool(false)
            }
        }
        defineBuiltin("iter") { rt, args, kwargs in
            try rt.expectArgs("iter", args, kwargs, min: 1, max: 2)
            if args.count == 2 {
                guard case .object(let fo) = args[0], fo is PyFunction || fo is PyBuiltinFunction || fo is PyMethod
                        || fo is PyType || fo.type.lookup(rt.staticName("__call__")) != nil else {
                    throw rt.error(rt.types.typeError, "iter(v, w): v must be callable")
                }
                return .object(PyCallableIterator(type: rt.types.callableIterator, callable: args[0], sentinel: args[1]))
            }
            return try rt.getIter(args[0])
        }
        defineBuiltin("next") { rt, args, kwargs in
            try rt.expectArgs("next", args, kwargs, min: 1, max: 2)
            if !rt.isBuiltinIterator(args[0]) && rt.typeOf(args[0]).lookup(rt.staticName("__next__")) == nil {
                throw rt.error(rt.types.typeError, "'\(rt.typeName(args[0]))' object is not an iterator")
            }
            if case .object(let o) = args[0], !rt.isBuiltinIterator(args[0]), let method = o.type.lookup(rt.staticName("__next__")) {
                do {
                    return try rt.callMethodValue(method, args[0], [])
                } catch let e as PyException where args.count == 2 && e.exception.type.isSubtype(of: rt.types.stopIteration) {
                    return args[1]
                }
            }
            if let v = try rt.next(args[0]) { return v }
            if args.count == 2 { return args[1] }
            throw rt.error(rt.types.stopIteration, args: [])
        }
        defineBuiltin("abs") { rt, args, kwargs in
            try rt.expectArgs("abs", args, kwargs, min: 1, max: 1)
            switch args[0] {
            case .int(let i): return i == Int.min ? rt.makeInt(-BigInt(i)) : .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .object(let o):
                if let big = o as? PyBigIntObject { return rt.makeInt(BigInt(big.value.magnitude)) }
                if let r = try rt.callSpecial(args[0], "__abs__", []) { return r }
                if let f = o as? PyBoxedFloat { return .float(Swift.abs(f.value)) }
            default: break
            }
            throw rt.error(rt.types.typeError, "bad operand type for abs(): '\(rt.typeName(args[0]))'")
        }
        defineBuiltin("min") { rt, args, kwargs in try rt.minMax(args, kwargs, name: "min", op: .lt) }
        defineBuiltin("max") { rt, args, kwargs in try rt.minMax(args, kwargs, name: "max", op: .gt) }
        defineBuiltin("sum") { rt, args, kwargs in
            guard args.count >= 1 else { throw rt.error(rt.types.typeError, "sum() takes at least 1 positional argument (0 given)") }
            var total: Value = args.count > 1 ? args[1] : (rt.keyword(kwargs, "start") ?? .int(0))
            if let s = rt.strValue(total) {
                _ = s
                throw rt.error(rt.types.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
            }
            if case .object(let so) = total, so is PyBytes || so is PyByteArray {
                throw rt.error(rt.types.typeError, "sum() can't sum \(so is PyBytes ? "bytes" : "bytearray") [use b''.join(seq) instead]")
            }
            for item in try rt.toArray(args[0]) { total = try rt.binaryOp(0, total, item) }
            return total
        }
        defineBuiltin("sorted") { rt, args, kwargs in
            try rt.rejectUnknownKeywords(kwargs, allowed: ["key", "reverse"], function: "sort")
            guard args.count == 1 else {
                throw rt.error(rt.types.typeError, "sorted expected 1 argument, got \(args.count)")
            }
            let l = PyList(type: rt.types.list, try rt.toArray(args[0]))
            try rt.sortList(l, key: rt.keyword(kwargs, "key") ?? .none, reverse: try rt.index(rt.keyword(kwargs, "reverse") ?? .bool(false)) != 0)
            return .object(l)
        }
        defineBuiltin("reversed") { rt, args, kwargs in
            try rt.expectArgs("reversed", args, kwargs, min: 1, max: 1)
            if let method = rt.typeOf(args[0]).lookup(rt.staticName("__reversed__")) {
                if method.isNone { throw rt.error(rt.types.typeError, "'\(rt.typeName(args[0]))' object is not reversible") }
                return try rt.callMethodValue(method, args[0], [])
            }
            // Without __reversed__ only sequences qualify (PySequence_Check: not dicts or sets).
            func notReversible() -> PyException {
                rt.error(rt.types.typeError, "'\(rt.typeName(args[0]))' object is not reversible")
            }
            guard case .object(let o) = args[0], !(o is PySet || o is PyDict || o is PyDictView) else { throw notReversible() }
            if o is PyList || o is PyTuple || o is PyStrObject || o is PyRange {
                let items = try rt.toArray(args[0])
                var i = items.count
                return .object(PyClosureIterator(type: rt.types.iterator) { _ in
                    guard i > 0 else { return nil }
                    i -= 1
                    return items[i]
                })
            }
            guard o.type.lookup(rt.staticName("__getitem__")) != nil else { throw notReversible() }
            // The sequence protocol: __len__ once, then __getitem__ lazily from the end.
            let sequence = args[0]
            var index = try rt.length(sequence) - 1
            return .object(PyClosureIterator(type: rt.types.iterator) { rt in
                guard index >= 0 else { return nil }
                do {
                    let item = try rt.getItem(sequence, .int(index))
                    index -= 1
                    return item
                } catch let e as PyException where e.exception.type.isSubtype(of: rt.types.indexError)
                            || e.exception.type.isSubtype(of: rt.types.stopIteration) {
                    index = -1
                    return nil
                }
            })
        }
        defineBuiltin("enumerate") { rt, args, kwargs in
            guard args.count >= 1 else { throw rt.error(rt.types.typeError, "enumerate() missing required argument 'iterable' (pos 1)") }
            let it = try rt.getIter(args[0])
            let startValue = args.count > 1 ? args[1] : (rt.keyword(kwargs, "start") ?? .int(0))
            if case .object(let so) = startValue, !(so is PyBigIntObject) { _ = try rt.index(startValue) }
            var n: Value = startValue
            if case .bool(let b) = startValue { n = .int(b ? 1 : 0) }
            if case .float = startValue { _ = try rt.index(startValue) }
            return .object(PyClosureIterator(type: rt.types.enumerateIterator) { rt in
                guard let v = try rt.next(it) else { return nil }
                let current = n
                n = try rt.binaryOp(0, n, .int(1))
                return rt.tuple([current, v])
            })
        }
        defineBuiltin("zip") { rt, args, kwargs in
            try rt.rejectUnknownKeywords(kwargs, allowed: ["strict"], function: "zip")
            let iterators = try args.map { try rt.getIter($0) }
            let strict = try rt.isTrue(rt.keyword(kwargs, "strict") ?? .bool(false))
            return .object(PyClosureIterator(type: rt.types.zipIterator) { rt in
                if iterators.isEmpty { return nil }
                var items: [Value] = []
                for (n, it) in iterators.enumerated() {
                    guard let v = try rt.next(it) else {
                        if strict && n == 0 {
                            for (m, other) in iterators.enumerated().dropFirst() where try rt.next(other) != nil {
                                throw rt.error(rt.types.valueError, "zip() argument \(m + 1) is longer than argument\(m == 1 ? "" : "s") 1\(m == 1 ? "" : "-\(m)")")
                            }
                        }
                        if strict && n > 0 {
                            throw rt.error(rt.types.valueError, "zip() argument \(n + 1) is shorter than argument\(n == 1 ? "" : "s") 1\(n == 1 ? "" : "-\(n)")")
                        }
                        return nil
                    }
                    items.append(v)
                }
                return rt.tuple(items)
            })
        }
        defineBuiltin("map") { rt, args, kwargs in
            guard args.count >= 2 else { throw rt.error(rt.types.typeError, "map() must have at least two arguments.") }
            let function = args[0]
            let iterators = try args.dropFirst().map { try rt.getIter($0) }
            return .object(PyClosureIterator(type: rt.types.mapIterator) { rt in
                var items: [Value] = []
                for it in iterators {
                    guard let v = try rt.next(it) else { return nil }
                    items.append(v)
                }
                return try rt.call(function, items)
            })
        }
        defineBuiltin("filter") { rt, args, kwargs in
            try rt.expectArgs("filter", args, kwargs, min: 2, max: 2)
            let function = args[0]
            let it = try rt.getIter(args[1])
            return .object(PyClosureIterator(type: rt.types.filterIterator) { rt in
                while let v = try rt.next(it) {
                    let keep = function.isNone ? v : try rt.call(function, [v])
                    if try rt.isTrue(keep) { return v }
                }
                return nil
            })
        }
        defineBuiltin("any") { rt, args, kwargs in
            try rt.expectArgs("any", args, kwargs, min: 1, max: 1)
            let it = try rt.getIter(args[0])
            while let v = try rt.next(it) { if try rt.isTrue(v) { return .bool(true) } }
            return .bool(false)
        }
        defineBuiltin("all") { rt, args, kwargs in
            try rt.expectArgs("all", args, kwargs, min: 1, max: 1)
            let it = try rt.getIter(args[0])
            while let v = try rt.next(it) { if !(try rt.isTrue(v)) { return .bool(false) } }
            return .bool(true)
        }
        defineBuiltin("chr") { rt, args, kwargs in
            try rt.expectArgs("chr", args, kwargs, min: 1, max: 1)
            // chr takes a C int: anything wider overflows before the range check.
            let i: Int
            if case .object(let o) = args[0], isOversizedInt(o) {
                throw rt.error(rt.types.overflowError, "Python int too large to convert to C int")
            } else {
                i = try rt.index(args[0])
            }
            guard i >= Int(Int32.min), i <= Int(Int32.max) else {
                throw rt.error(rt.types.overflowError, "Python int too large to convert to C int")
            }
            guard i >= 0, i < 0x110000 else { throw rt.error(rt.types.valueError, "chr() arg not in range(0x110000)") }
            if i < 0x80 { return rt.asciiCharacter(UInt8(i)) }
            guard let scalar = Unicode.Scalar(UInt32(i)) else { return rt.str(codePoints: [UInt32(i)]) }
            return rt.str(String(Character(scalar)))
        }
        defineBuiltin("ord") { rt, args, kwargs in
            try rt.expectArgs("ord", args, kwargs, min: 1, max: 1)
            if case .object(let bo) = args[0], bo is PyBytes || bo is PyByteArray {
                let bytes = (bo as? PyBytes)?.bytes ?? (bo as? PyByteArray)?.bytes ?? []
                guard bytes.count == 1 else {
                    throw rt.error(rt.types.typeError, "ord() expected a character, but string of length \(bytes.count) found")
                }
                return .int(Int(bytes[0]))
            }
            if case .object(let o) = args[0], let s = o as? PyStrObject, s.isASCII, s.utf8Count == 1 {
                return .int(Int(s.withUTF8 { $0[0] }))
            }
            guard let cps = rt.strCodePoints(args[0]) else {
                throw rt.error(rt.types.typeError, "ord() expected string of length 1, but \(rt.typeName(args[0])) found")
            }
            guard cps.count == 1 else {
                throw rt.error(rt.types.typeError, "ord() expected a character, but string of length \(cps.count) found")
            }
            return .int(Int(cps[0]))
        }
        defineBuiltin("divmod") { rt, args, kwargs in
            try rt.expectArgs("divmod", args, kwargs, min: 2, max: 2)
            if let r = try rt.divmodSpecial(args[0], args[1]) { return r }
            func isFloat(_ v: Value) -> Bool { if case .float = v { return true }; return false }
            func isZero(_ v: Value) -> Bool {
                switch v {
                case .float(let d): return d == 0
                case .int(let i): return i == 0
                case .bool(let b): return !b
                default: return false
                }
            }
            if (isFloat(args[0]) || isFloat(args[1])) && isZero(args[1]) {
                switch args[0] {
                case .float, .int, .bool: throw rt.error(rt.types.zeroDivisionError, "float divmod()")
                case .object(let o) where o is PyBigIntObject: throw rt.error(rt.types.zeroDivisionError, "float divmod()")
                default: break
                }
            }
            do {
                return rt.tuple([try rt.binaryOp(BinaryOperator.floorDivide.rawValue, args[0], args[1]),
                                 try rt.binaryOp(BinaryOperator.remainder.rawValue, args[0], args[1])])
            } catch let e as PyException where e.exception.type === rt.types.typeError
                        && (rt.strValue(e.exception.args.first ?? .none) ?? "").hasPrefix("unsupported operand type(s) for //:") {
                throw rt.error(rt.types.typeError, "unsupported operand type(s) for divmod(): '\(rt.typeName(args[0]))' and '\(rt.typeName(args[1]))'")
            }
        }
        defineBuiltin("pow") { rt, positional, kwargs in
            var args = positional
            if let kwargs, kwargs.count > 0 {
                try rt.rejectUnknownKeywords(kwargs, allowed: ["base", "exp", "mod"], function: "pow")
                for (i, name) in ["base", "exp", "mod"].enumerated() {
                    guard let v = rt.keyword(kwargs, name) else { continue }
                    if i < args.count { throw rt.error(rt.types.typeError, "argument for pow() given by name ('\(name)') and position (\(i + 1))") }
                    while args.count < i { args.append(.null) }
                    args.append(v)
                }
                if args.count > 1 && args.contains(where: { if case .null = $0 { return true }; return false }) {
                    throw rt.error(rt.types.typeError, "pow() missing required argument '\(args.firstIndex(where: { if case .null = $0 { return true }; return false }) == 0 ? "base" : "exp")' (pos \((args.firstIndex(where: { if case .null = $0 { return true }; return false }) ?? 0) + 1))")
                }
            }
            try rt.expectArgs("pow", args, nil, min: 2, max: 3)
            if args.count == 3 && !args[2].isNone {
                if let r = try rt.ternaryPowerSpecial(args[0], args[1], args[2]) { return r }
                let base = try rt.bigValue(args[0]), exponent = try rt.bigValue(args[1]), modulus = try rt.bigValue(args[2])
                if modulus == 0 { throw rt.error(rt.types.valueError, "pow() 3rd argument cannot be 0") }
                var result: BigInt
                if exponent.sign == .minus {
                    guard let inverse = base.inverse(modulus) else {
                        throw rt.error(rt.types.valueError, "base is not invertible for the given modulus")
                    }
                    result = inverse.power(-exponent, modulus: modulus)
                } else {
                    result = base.power(exponent, modulus: modulus)
                }
                if result != 0 && (result.sign == .minus) != (modulus.sign == .minus) { result += modulus }
                return rt.makeInt(result)
            }
            return try rt.binaryOp(BinaryOperator.power.rawValue, args[0], args[1])
        }
        defineBuiltin("round") { rt, args, kwargs in try rt.round(args, kwargs) }
        defineBuiltin("__build_class__") { rt, args, kwargs in try rt.buildClass(args, kwargs) }
        defineBuiltin("globals") { rt, args, kwargs in
            try rt.expectArgs("globals", args, kwargs, min: 0, max: 0)
            guard let frame = rt.callerFrame else { return .object(rt.newDict()) }
            return .object(frame.globals)
        }
        defineBuiltin("locals") { rt, args, kwargs in
            try rt.expectArgs("locals", args, kwargs, min: 0, max: 0)
            guard let frame = rt.callerFrame else { return .object(rt.newDict()) }
            return .object(try rt.localsSnapshot(frame))
        }
        defineBuiltin("vars") { rt, args, kwargs in
            try rt.expectArgs("vars", args, kwargs, min: 0, max: 1)
            if args.isEmpty {
                guard let frame = rt.callerFrame else { return .object(rt.newDict()) }
                return .object(try rt.localsSnapshot(frame))
            }
            if case .object(let o) = args[0] {
                if let t = o as? PyType { return .object(t.namespace) }
                if o.dict != nil || o.type.instancesHaveDict {
                    if o.dict == nil { o.dict = rt.newDict() }
                    return .object(o.dict!)
                }
            }
            throw rt.error(rt.types.typeError, "vars() argument must have __dict__ attribute")
        }
        defineBuiltin("dir") { rt, args, kwargs in
            try rt.expectArgs("dir", args, kwargs, min: 0, max: 1)
            if args.isEmpty {
                guard let frame = rt.callerFrame else { return rt.list([]) }
                return rt.list(try rt.localsSnapshot(frame).items.compactMap { rt.strValue($0.key) }.sorted().map { rt.str($0) })
            }
            if case .object(let m as PyModule) = args[0] { return try rt.moduleDir(m) }
            if case .object(let o) = args[0], o.type.isHeapType, let custom = o.type.lookup(rt.staticName("__dir__")) {
                let items = try rt.toArray(try rt.callMethodValue(custom, args[0], []))
                let names = items.compactMap { rt.strValue($0) }.sorted { rt.compareStrings(rt.intern($0), rt.intern($1), .lt) }
                return rt.list(names.map { rt.str($0) })
            }
            return rt.list(try rt.directory(args[0]).map { rt.str($0) })
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            defineBuiltin(name) { rt, args, kwargs in
                try rt.expectArgs(name, args, kwargs, min: 1, max: 1)
                guard case .object = args[0] else {
                    let v = try rt.bigValue(.int(try rt.index(args[0])))
                    return rt.str((v.sign == .minus ? "-" : "") + prefix + String(v.magnitude, radix: radix))
                }
                let v = try rt.bigValue(args[0].object is PyBigIntObject ? args[0] : .int(try rt.index(args[0])))
                return rt.str((v.sign == .minus ? "-" : "") + prefix + String(v.magnitude, radix: radix))
            }
        }
        installCompileBuiltins()
    }

    /// locals() of a frame: its namespace for module/class bodies, else a dict of bound fast locals.
    func localsSnapshot(_ frame: Frame) throws -> PyDict {
        if let locals = frame.locals { return locals }
        let d = newDict()
        let code = frame.code
        for i in 0..<code.nlocalsplus {
            var v = frame.slots[i]
            if code.code.localspluskinds[i] & 0xC0 != 0, case .object(let o) = v, let cell = o as? PyCell { v = cell.contents }
            if !v.isNull { d.setString(code.localNames[i], v) }
        }
        return d
    }

    /// Checks a __len__ result: an index, non-negative, fitting a Py_ssize_t.
    func lengthResult(_ r: Value) throws -> Int {
        let n: Int
        do {
            n = try index(r)
        } catch let e as PyException where e.exception.type === types.overflowError {
            throw error(types.overflowError, "cannot fit 'int' into an index-sized integer")
        }
        if n < 0 { throw error(types.valueError, "__len__() should return >= 0") }
        return n
    }

    /// len(v).
    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStrObject where !o.type.isHeapType || o.type.lookup(staticName("__len__")) == nil: return s.count
            case let l as PyList where !o.type.isHeapType: return l.items.count
            case let t as PyTuple where !o.type.isHeapType: return t.items.count
            case let d as PyDict where !o.type.isHeapType: return d.count
            case let b as PyBytes where !o.type.isHeapType: return b.bytes.count
            case let b as PyByteArray where !o.type.isHeapType: return b.bytes.count
            case let s as PySet where !o.type.isHeapType: return s.used
            case let v as PyDictView: return v.dictionary.count
            case let r as PyRange: return try rangeLength(r)
            default: break
            }
            if let r = try callSpecial(v, "__len__", []) { return try lengthResult(r) }
            if let l = o as? PyList { return l.items.count }
            if let t = o as? PyTuple { return t.items.count }
            if let d = o as? PyDict { return d.count }
        }
        throw error(types.typeError, "object of type '\(typeName(v))' has no len()")
    }

    /// isinstance(v, classinfo) (object_recursive_isinstance): a class, a tuple (nested),
    /// a union, or anything whose type defines __instancecheck__.
    func isInstanceCheck(_ v: Value, _ classinfo: Value) throws -> Bool {
        let message = "isinstance() arg 2 must be a type, a tuple of types, or a union"
        guard case .object(let o) = classinfo else { throw error(types.typeError, message) }
        if let t = o as? PyType {
            if typeOf(v) === t { return true }
            if t.type !== types.type, let check = t.type.lookup(staticName("__instancecheck__")) {
                return try isTrue(try callMethodValue(check, classinfo, [v]))
            }
            return typeOf(v).isSubtype(of: t)
        }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isInstanceCheck(v, item) { return true }
            return false
        }
        if let u = o as? PyUnion {
            for item in u.args where try isInstanceCheck(v, item) { return true }
            return false
        }
        if o is PyGenericAlias { throw error(types.typeError, "isinstance() argument 2 cannot be a parameterized generic") }
        if let check = o.type.lookup(staticName("__instancecheck__")), !(check.object is PyBuiltinFunction) {
            return try isTrue(try callMethodValue(check, classinfo, [v]))
        }
        throw error(types.typeError, message)
    }

    /// issubclass(cls, classinfo) (object_issubclass), with the same forms as isinstance.
    func isSubclassCheck(_ cls: PyType, _ classinfo: Value) throws -> Bool {
        let message = "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        guard case .object(let o) = classinfo else { throw error(types.typeError, message) }
        if let t = o as? PyType {
            if t.type !== types.type, let check = t.type.lookup(staticName("__subclasscheck__")) {
                return try isTrue(try callMethodValue(check, classinfo, [.object(cls)]))
            }
            return cls.isSubtype(of: t)
        }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isSubclassCheck(cls, item) { return true }
            return false
        }
        if let u = o as? PyUnion {
            for item in u.args where try isSubclassCheck(cls, item) { return true }
            return false
        }
        if o is PyGenericAlias { throw error(types.typeError, "issubclass() argument 2 cannot be a parameterized generic") }
        if let check = o.type.lookup(staticName("__subclasscheck__")), !(check.object is PyBuiltinFunction) {
            return try isTrue(try callMethodValue(check, classinfo, [.object(cls)]))
        }
        throw error(types.typeError, message)
    }

    func minMax(_ args: [Value], _ kwargs: PyDict?, name: String, op: CompareOp) throws -> Value {
        try rejectUnknownKeywords(kwargs, allowed: ["key", "default"], function: name)
        let key = keyword(kwargs, "key") ?? .none
        let defaultValue = keyword(kwargs, "default")
        let items: [Value]
        if args.count == 1 {
            items = try toArray(args[0])
        } else if args.isEmpty {
            throw error(types.typeError, "\(name) expected at least 1 argument, got 0")
        } else {
            if defaultValue != nil {
                throw error(types.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args
        }
        guard var best = items.first else {
            if let defaultValue { return defaultValue }
            throw error(types.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        for item in items.dropFirst() {
            let k = key.isNone ? item : try call(key, [item])
            if try isTrue(try compare(k, bestKey, op)) {
                best = item
                bestKey = k
            }
        }
        return best
    }

    func round(_ args: [Value], _ kwargs: PyDict?) throws -> Value {
        guard args.count >= 1 else { throw error(types.typeError, "round() missing required argument 'number' (pos 1)") }
        let ndigits: Value = args.count > 1 ? args[1] : (keyword(kwargs, "ndigits") ?? .none)
        switch args[0] {
        case .float(let d):
            if ndigits.isNone {
                if d.isNaN { throw error(types.valueError, "cannot convert float NaN to integer") }
                if d.isInfinite { throw error(types.overflowError, "cannot convert float infinity to integer") }
                return intFromIntegralDouble(d.rounded(.toNearestOrEven))
            }
            let n = try index(ndigits)
            let text = formatDouble(d, "f", max(0, min(n, 330)))
            if n >= 0 { return .float(Double(text) ?? d) }
            if d.isFinite && d != 0, let e = Int(formatDouble(d, "e", 16).split(separator: "e").last ?? ""), e + 1 + n >= 1 {
                return .float(Double(formatDouble(d, "e", e + n)) ?? d)
            }
            let scale = pow10(-n)
            return .float((d / scale).rounded(.toNearestOrEven) * scale)
        case .int, .bool, .object(is PyBigIntObject):
            if ndigits.isNone { return makeInt(try bigValue(args[0])) }
            let n = try index(ndigits)
            if n >= 0 { return args[0] }
            let value = try bigValue(args[0])
            let scale = BigInt(10).power(-n)
            var (q, r) = value.quotientAndRemainder(dividingBy: scale)
            if r.sign == .minus { q -= 1; r += scale }
            let twice = r * 2
            if twice > scale || (twice == scale && !q.isMultiple(of: 2)) { q += 1 }
            return makeInt(q * scale)
        default:
            if let r = try callSpecial(args[0], "__round__", ndigits.isNone ? [] : [ndigits]) { return r }
            throw error(types.typeError, "type \(typeName(args[0])) doesn't define __round__ method")
        }
    }

    private func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
