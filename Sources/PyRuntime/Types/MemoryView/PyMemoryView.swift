// `memoryview` over bytes and bytearray: a one-dimensional view, of unsigned bytes
// (format 'B') unless cast() to another native integer format, enough for the
// buffer-protocol uses of library code (bytes(m), b"" + m, m.hex(), m.tobytes(),
// indexing, m.cast('I').tolist()). A view of a bytearray sees later changes to it.
import BigInt
import PyBytecode

public final class PyMemoryView: PyObject {
    /// The exporting object (bytes or bytearray) and the viewed range of it.
    let source: PyObject
    let start: Int
    let count: Int
    var released = false
    /// The struct-module format of the items ("B" unless cast) and their size in bytes.
    var format = "B"
    var itemSize = 1

    init(type: PyType, source: PyObject, start: Int, count: Int) {
        self.source = source
        self.start = start
        self.count = count
        super.init(type: type)
    }

    /// The native (little-endian) integer formats cast() accepts, with their sizes and signedness.
    static let integerFormats: [String: (size: Int, signed: Bool)] = [
        "B": (1, false), "b": (1, true), "c": (1, false), "H": (2, false), "h": (2, true),
        "I": (4, false), "i": (4, true), "L": (8, false), "l": (8, true), "Q": (8, false), "q": (8, true),
        "N": (8, false), "n": (8, true),
    ]

    /// The items of the view, decoded by its format.
    func items(_ rt: Runtime) -> [Value] {
        let data = bytes
        if itemSize == 1 {
            if format == "c" { return data.map { rt.bytes([$0]) } }
            if format == "b" { return data.map { .int(Int(Int8(bitPattern: $0))) } }
            return data.map { .int(Int($0)) }
        }
        let signed = PyMemoryView.integerFormats[format]?.signed ?? false
        var result: [Value] = []
        result.reserveCapacity(data.count / itemSize)
        var i = 0
        while i + itemSize <= data.count {
            var raw: UInt64 = 0
            for k in 0..<itemSize { raw |= UInt64(data[i + k]) << (8 * UInt64(k)) }
            if signed {
                let shift = UInt64(64 - 8 * itemSize)
                result.append(.int(Int(Int64(bitPattern: raw << shift) >> Int64(shift))))
            } else if raw > UInt64(Int.max) {
                result.append(rt.makeInt(BigInt(raw)))
            } else {
                result.append(.int(Int(raw)))
            }
            i += itemSize
        }
        return result
    }

    /// The viewed bytes now (clamped: a bytearray may have shrunk since).
    var bytes: [UInt8] {
        let all = (source as? PyBytes)?.bytes ?? (source as? PyByteArray)?.bytes ?? []
        let lo = min(start, all.count), hi = min(start + count, all.count)
        return Array(all[lo..<hi])
    }
}

extension Runtime {
    var memoryviewType: PyType? { builtins.lookupString(staticName("memoryview"))?.object as? PyType }

    func installMemoryView() {
        let t = PyType(metatype: types.type, name: "memoryview", bases: [types.object], layout: .other,
                       isHeapType: false, namespace: newDict())
        t.setLinearMRO()
        builtins.setString(staticName("memoryview"), .object(t))
        defineMethod(t, "__hash__") { rt, args, _ in
            let m = try view(rt, args)
            guard m.source is PyBytes else { throw rt.error(rt.types.valueError, "cannot hash writable memoryview object") }
            return .int(PyHash.hashBytes(m.bytes))
        }
        defineStatic(t, "__new__") { rt, args, kwargs in
            let bound = try rt.bindMethodArguments("memoryview", "memoryview", args.dropFirst(), kwargs, ["object"],
                                                   required: 1, .keywords)
            let object = bound[0] ?? .none
            guard case .object(let o) = object else {
                throw rt.error(rt.types.typeError, "memoryview: a bytes-like object is required, not '\(rt.typeName(object))'")
            }
            if let m = o as? PyMemoryView {
                try rt.checkNotReleased(m)
                return .object(PyMemoryView(type: t, source: m.source, start: m.start, count: m.count))
            }
            guard o is PyBytes || o is PyByteArray else {
                throw rt.error(rt.types.typeError, "memoryview: a bytes-like object is required, not '\(rt.typeName(object))'")
            }
            return .object(PyMemoryView(type: t, source: o, start: 0, count: rt.bytesLike(object)?.count ?? 0))
        }
        func view(_ rt: Runtime, _ args: [Value]) throws -> PyMemoryView {
            guard case .object(let o) = args.first ?? .none, let m = o as? PyMemoryView else {
                throw rt.error(rt.types.typeError, "descriptor requires a 'memoryview' object")
            }
            try rt.checkNotReleased(m)
            return m
        }
        defineMethod(t, "tobytes") { rt, args, _ in rt.bytes(try view(rt, args).bytes) }
        defineMethod(t, "tolist") { rt, args, _ in rt.list(try view(rt, args).items(rt)) }
        defineMethod(t, "cast") { rt, args, kwargs in
            let m = try view(rt, args)
            try rt.expectArgs("cast", args.dropFirst(), kwargs, min: 1, max: 2)
            guard let format = rt.strValue(args[1]) else {
                throw rt.error(rt.types.typeError, "memoryview: format argument must be a string")
            }
            guard let info = PyMemoryView.integerFormats[format] else {
                throw rt.error(rt.types.valueError,
                               "memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            if m.itemSize != 1 && info.size != 1 {
                throw rt.error(rt.types.typeError, "memoryview: cannot cast between two non-byte formats")
            }
            if m.count % info.size != 0 {
                throw rt.error(rt.types.typeError, "memoryview: length is not a multiple of itemsize")
            }
            let cast = PyMemoryView(type: t, source: m.source, start: m.start, count: m.count)
            cast.format = format
            cast.itemSize = info.size
            return .object(cast)
        }
        defineMethod(t, "hex") { rt, args, kwargs in
            let data = try view(rt, args).bytes
            let a = try rt.bindMethodArguments("memoryview", "hex", args.dropFirst(), kwargs, ["sep", "bytes_per_sep"],
                                               required: 0, .keywords)
            return rt.str(try rt.bytesHex(data, a[0], a[1]))
        }
        defineMethod(t, "release") { rt, args, _ in
            (args.first?.object as? PyMemoryView)?.released = true
            return .none
        }
        defineMethod(t, "__enter__") { rt, args, _ in _ = try view(rt, args); return args[0] }
        defineMethod(t, "__exit__") { rt, args, _ in
            (args.first?.object as? PyMemoryView)?.released = true
            return .none
        }
        defineMethod(t, "__len__") { rt, args, _ in
            let m = try view(rt, args)
            return .int(m.bytes.count / m.itemSize)
        }
        defineMethod(t, "__iter__") { rt, args, _ in try rt.getIter(rt.list(try view(rt, args).items(rt))) }
        defineMethod(t, "__getitem__") { rt, args, _ in
            let m = try view(rt, args)
            let key = args.count > 1 ? args[1] : .none
            let data = m.bytes
            if case .object(let k) = key, let slice = k as? PySlice {
                let (start, _, step, length) = try rt.sliceIndices(slice, data.count)
                if step == 1 { return .object(PyMemoryView(type: t, source: m.source, start: m.start + start, count: length)) }
                // Strided views are copied (this view type has no strides).
                let picked = try rt.sliceItems(data, slice)
                return .object(PyMemoryView(type: t, source: PyBytes(type: rt.types.bytes, picked), start: 0, count: picked.count))
            }
            guard rt.hasIndex(key) else {
                throw rt.error(rt.types.typeError, "memoryview: invalid slice key")
            }
            let i = try rt.index(key)
            if m.itemSize != 1 || m.format != "B" {
                let items = m.items(rt)
                guard let j = rt.normalizedIndex(i, items.count) else { throw rt.error(rt.types.indexError, "index out of bounds on dimension 1") }
                return items[j]
            }
            guard let j = rt.normalizedIndex(i, data.count) else { throw rt.error(rt.types.indexError, "index out of bounds on dimension 1") }
            return .int(Int(data[j]))
        }
        defineMethod(t, "__eq__") { rt, args, _ in
            let m = try view(rt, args)
            guard args.count > 1, let other = rt.bytesLike(args[1]) else { return .object(rt.notImplemented) }
            return .bool(m.bytes == other)
        }
        defineMethod(t, "__repr__") { rt, args, _ in
            guard let m = args.first?.object as? PyMemoryView else { return .none }
            return rt.str(rt.memoryviewRepr(m))
        }
        let attributes: [(String, (Runtime, PyMemoryView) throws -> Value)] = [
            ("obj", { _, m in .object(m.source) }),
            ("nbytes", { _, m in .int(m.bytes.count) }),
            ("readonly", { _, m in .bool(m.source is PyBytes) }),
            ("itemsize", { _, m in .int(m.itemSize) }),
            ("ndim", { _, _ in .int(1) }),
            ("format", { rt, m in rt.str(m.format) }),
            ("shape", { rt, m in rt.tuple([.int(m.bytes.count / m.itemSize)]) }),
            ("strides", { rt, m in rt.tuple([.int(m.itemSize)]) }),
            ("c_contiguous", { _, _ in .bool(true) }),
            ("contiguous", { _, _ in .bool(true) }),
        ]
        for (name, read) in attributes {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: name) { rt, args, _ in
                try read(rt, try view(rt, args))
            }
            t.namespace.setString(intern(name), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                   setter: .none, deleter: .none, doc: .none)))
        }
    }

    func memoryviewRepr(_ m: PyMemoryView) -> String {
        (m.released ? "<released memory at " : "<memory at ") + address(m) + ">"
    }

    func checkNotReleased(_ m: PyMemoryView) throws {
        if m.released { throw error(types.valueError, "operation forbidden on released memoryview object") }
    }
}
