// The calendar half of the time module: struct_time, gmtime/localtime/mktime,
// strftime/asctime/ctime and the zone constants, computed by the C library like CPython's.
#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    static let structTimeFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                   "tm_wday", "tm_yday", "tm_isdst"]

    /// time.struct_time: a 9-tuple whose items are also named attributes, plus tm_zone and
    /// tm_gmtoff kept beside the items (in the instance dict), as CPython's structseq keeps
    /// its unnamed-in-sequence fields.
    func makeStructTimeType() -> PyType {
        let type = PyType(metatype: types.type, name: "struct_time", bases: [types.tuple], layout: .tuple,
                          isHeapType: false, namespace: newDict(), moduleName: "time")
        type.setLinearMRO()
        for (index, field) in Runtime.structTimeFields.enumerated() {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: field) { _, args, _ in
                guard case .object(let o) = args[0], let t = o as? PyTuple, index < t.items.count else { return .none }
                return t.items[index]
            }
            type.namespace.setString(intern(field), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                      setter: .none, deleter: .none, doc: .none)))
        }
        for field in ["tm_zone", "tm_gmtoff"] {
            let getter = PyBuiltinFunction(type: types.builtinFunction, name: field) { rt, args, _ in
                args[0].object?.dict?.lookupString(rt.intern(field)) ?? .none
            }
            type.namespace.setString(intern(field), .object(PyProperty(type: types.property, getter: .object(getter),
                                                                      setter: .none, deleter: .none, doc: .none)))
        }
        defineMethod(type, "__repr__") { rt, args, _ in
            guard case .object(let o) = args[0], let t = o as? PyTuple else { return rt.str("") }
            let parts = try zip(Runtime.structTimeFields, t.items).map { "\($0.0)=\(try rt.repr($0.1))" }
            return rt.str("time.struct_time(\(parts.joined(separator: ", ")))")
        }
        defineStatic(type, "__new__") { rt, args, kwargs in
            try rt.expectArgs("struct_time", args.dropFirst(), kwargs, min: 1, max: 2)
            let items = try rt.toArray(args[1])
            guard items.count >= 9 && items.count <= 11 else {
                let bound = items.count < 9 ? "at least 9" : "at most 11"
                throw rt.error(rt.types.typeError, "time.struct_time() takes an \(bound)-sequence (\(items.count)-sequence given)")
            }
            let cls = args[0].object as? PyType ?? type
            let result = PyTuple(type: cls, Array(items.prefix(9)))
            result.dict = rt.newDict()
            result.dict?.setString(rt.intern("tm_zone"), items.count > 9 ? items[9] : .none)
            result.dict?.setString(rt.intern("tm_gmtoff"), items.count > 10 ? items[10] : .none)
            return .object(result)
        }
        return type
    }

    #if canImport(Glibc)
    func structTime(_ type: PyType, _ t: tm) -> Value {
        let items: [Value] = [.int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)),
                              .int(Int(t.tm_hour)), .int(Int(t.tm_min)), .int(Int(t.tm_sec)),
                              .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1), .int(Int(t.tm_isdst))]
        let result = PyTuple(type: type, items)
        result.dict = newDict()
        result.dict?.setString(intern("tm_zone"), t.tm_zone.map { str(String(cString: $0)) } ?? .none)
        result.dict?.setString(intern("tm_gmtoff"), .int(Int(t.tm_gmtoff)))
        return .object(result)
    }

    /// A struct_time (or 9-sequence) argument as a C tm, with CPython's range checks.
    func cTime(_ value: Value, _ function: String) throws -> tm {
        let items = try toArray(value)
        guard items.count == 9 || (value.object is PyTuple && items.count >= 9) else {
            throw error(types.typeError, "\(function)(): illegal time tuple argument")
        }
        var fields: [Int] = []
        for item in items.prefix(9) {
            guard case .int(let n) = item else {
                if item.object is PyBigIntObject { throw error(types.overflowError, "Python int too large to convert to C int") }
                throw error(types.typeError, "'\(typeName(item))' object cannot be interpreted as an integer")
            }
            fields.append(n)
        }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: fields[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: fields[1] - 1)
        t.tm_mday = Int32(truncatingIfNeeded: fields[2])
        t.tm_hour = Int32(truncatingIfNeeded: fields[3])
        t.tm_min = Int32(truncatingIfNeeded: fields[4])
        t.tm_sec = Int32(truncatingIfNeeded: fields[5])
        t.tm_wday = Int32(truncatingIfNeeded: (fields[6] + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: fields[7] - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: fields[8])
        return t
    }

    func timeSeconds(_ args: [Value], _ function: String) throws -> time_t {
        guard let first = args.first, !first.isNone else { return time_t(host.clock(.wall).rounded(.down)) }
        switch first {
        case .float(let d):
            if d.isNaN { throw error(types.valueError, "Invalid value NaN (not a number)") }
            guard abs(d) < 9.2e18 else { throw error(types.overflowError, "timestamp out of range for platform time_t") }
            return time_t(d.rounded(.towardZero))
        default:
            return time_t(try index(first))
        }
    }

    func installTimeCalendar(_ ns: PyDict) {
        let structType = makeStructTimeType()
        ns.setString(intern("struct_time"), .object(structType))
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        def("gmtime") { rt, args, kwargs in
            try rt.expectArgs("gmtime", args, kwargs, min: 0, max: 1)
            var seconds = try rt.timeSeconds(args, "gmtime")
            var t = tm()
            guard gmtime_r(&seconds, &t) != nil else { throw rt.error(rt.types.overflowError, "timestamp out of range for platform time_t") }
            return rt.structTime(structType, t)
        }
        def("localtime") { rt, args, kwargs in
            try rt.expectArgs("localtime", args, kwargs, min: 0, max: 1)
            var seconds = try rt.timeSeconds(args, "localtime")
            var t = tm()
            guard localtime_r(&seconds, &t) != nil else { throw rt.error(rt.types.overflowError, "timestamp out of range for platform time_t") }
            return rt.structTime(structType, t)
        }
        def("mktime") { rt, args, kwargs in
            try rt.expectArgs("mktime", args, kwargs, min: 1, max: 1)
            var t = try rt.cTime(args[0], "mktime")
            t.tm_wday = -1
            let seconds = Glibc.mktime(&t)
            if seconds == -1 && t.tm_wday == -1 { throw rt.error(rt.types.overflowError, "mktime argument out of range") }
            return .float(Double(seconds))
        }
        func formatTime(_ rt: Runtime, _ format: String, _ t: inout tm) -> String {
            var buffer = [CChar](repeating: 0, count: 1024)
            let n = strftime(&buffer, buffer.count, format, &t)
            return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        func currentOrGiven(_ rt: Runtime, _ args: [Value], _ at: Int, _ function: String) throws -> tm {
            if args.count > at { return try rt.cTime(args[at], function) }
            var seconds = time_t(rt.host.clock(.wall).rounded(.down))
            var t = tm()
            _ = localtime_r(&seconds, &t)
            return t
        }
        def("strftime") { rt, args, kwargs in
            try rt.expectArgs("strftime", args, kwargs, min: 1, max: 2)
            guard let format = rt.strValue(args[0]) else {
                throw rt.error(rt.types.typeError, "strftime() argument 1 must be str, not \(rt.typeName(args[0]))")
            }
            var t = try currentOrGiven(rt, args, 1, "strftime")
            if args.count > 1 {
                if t.tm_mon < 0 || t.tm_mon > 11 { throw rt.error(rt.types.valueError, "month out of range") }
                if t.tm_mday < 0 || t.tm_mday > 31 { throw rt.error(rt.types.valueError, "day of month out of range") }
                if t.tm_hour < 0 || t.tm_hour > 23 { throw rt.error(rt.types.valueError, "hour out of range") }
                if t.tm_min < 0 || t.tm_min > 59 { throw rt.error(rt.types.valueError, "minute out of range") }
                if t.tm_sec < 0 || t.tm_sec > 61 { throw rt.error(rt.types.valueError, "seconds out of range") }
                if t.tm_yday < -1 || t.tm_yday > 365 { throw rt.error(rt.types.valueError, "day of year out of range") }
                if t.tm_isdst < -1 { t.tm_isdst = -1 } else if t.tm_isdst > 1 { t.tm_isdst = 1 }
                if t.tm_mday == 0 { t.tm_mday = 1 }
                if t.tm_yday == -1 { t.tm_yday = 0 }
                if t.tm_wday < 0 { t.tm_wday += 7 }
            }
            if format.isEmpty { return rt.str("") }
            return rt.str(formatTime(rt, format, &t))
        }
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func asctime(_ t: tm) -> String {
            let day = days[Int((t.tm_wday % 7 + 7) % 7)], month = months[Int((t.tm_mon % 12 + 12) % 12)]
            func pad(_ n: Int32, _ width: Int, _ fill: Character) -> String {
                let s = String(n)
                return String(repeating: fill, count: max(0, width - s.count)) + s
            }
            return "\(day) \(month) \(pad(t.tm_mday, 2, " ")) \(pad(t.tm_hour, 2, "0")):\(pad(t.tm_min, 2, "0")):\(pad(t.tm_sec, 2, "0")) \(Int(t.tm_year) + 1900)"
        }
        def("asctime") { rt, args, kwargs in
            try rt.expectArgs("asctime", args, kwargs, min: 0, max: 1)
            return rt.str(asctime(try currentOrGiven(rt, args, 0, "asctime")))
        }
        def("ctime") { rt, args, kwargs in
            try rt.expectArgs("ctime", args, kwargs, min: 0, max: 1)
            var seconds = try rt.timeSeconds(args, "ctime")
            var t = tm()
            guard localtime_r(&seconds, &t) != nil else { throw rt.error(rt.types.overflowError, "timestamp out of range for platform time_t") }
            return rt.str(asctime(t))
        }
        // The zone constants, as time's init_timezone computes them from January and July.
        tzset()
        var now = time_t(host.clock(.wall).rounded(.down))
        var probe = tm()
        _ = localtime_r(&now, &probe)
        let year = probe.tm_year
        func offsetAndName(month: Int32) -> (Int, String) {
            var t = tm()
            t.tm_year = year
            t.tm_mon = month
            t.tm_mday = 1
            t.tm_hour = 12
            t.tm_isdst = -1
            var seconds = Glibc.mktime(&t)
            var local = tm()
            _ = localtime_r(&seconds, &local)
            return (-Int(local.tm_gmtoff), local.tm_zone.map { String(cString: $0) } ?? "UTC")
        }
        let january = offsetAndName(month: 0), july = offsetAndName(month: 6)
        let (standard, summer) = january.0 >= july.0 ? (january, july) : (july, january)
        ns.setString(intern("timezone"), .int(standard.0))
        ns.setString(intern("altzone"), .int(summer.0))
        ns.setString(intern("daylight"), .int(january.0 != july.0 ? 1 : 0))
        ns.setString(intern("tzname"), tuple([str(standard.1), str(summer.1)]))
    }
    #else
    func installTimeCalendar(_ ns: PyDict) {}
    #endif
}
