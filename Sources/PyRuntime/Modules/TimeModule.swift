// The `time` module: the clocks (through the Host) and sleep; the calendar functions
// are in TimeModule+Calendar.swift.
import BigInt

extension Runtime {
    func makeTimeModule() -> PyModule {
        let (module, ns) = newNativeModule("time")
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        let clocks: [(String, HostClock)] = [("time", .wall), ("perf_counter", .monotonic), ("monotonic", .monotonic),
                                             ("process_time", .process)]
        for (name, clock) in clocks {
            def(name) { rt, args, kwargs in
                try rt.expectArgs(name, args, kwargs, min: 0, max: 0)
                return .float(rt.host.clock(clock))
            }
            def(name + "_ns") { rt, args, kwargs in
                try rt.expectArgs(name + "_ns", args, kwargs, min: 0, max: 0)
                return rt.makeInt(BigInt((rt.host.clock(clock) * 1e9).rounded()))
            }
        }
        def("sleep") { rt, args, kwargs in
            try rt.expectOneArgument("time.sleep", args, kwargs)
            let seconds: Double
            switch args[0] {
            case .float(let d): seconds = d
            default: seconds = Double(try rt.index(args[0]))
            }
            if seconds.isNaN { throw rt.error(rt.types.valueError, "Invalid value NaN (not a number)") }
            if seconds < 0 { throw rt.error(rt.types.valueError, "sleep length must be non-negative") }
            rt.host.sleep(seconds: seconds)
            return .none
        }
        installTimeCalendar(ns)
        return module
    }
}
