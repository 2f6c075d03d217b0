// The `gc` module. pyvm frees memory by reference counting (Swift ARC) at the moments
// CPython does; objects in reference cycles are not freed that way. What the collector
// here does (CycleCollector.swift): gc.collect() finds cycles reachable from live instances
// of classes with `__del__` (trial deletion over those objects and the containers they
// reach, using their strong reference counts), finalizes them once and clears the
// instances' attribute dicts and containers to break the cycles. Cycles that contain no
// instance with `__del__` are not found (they are never finalized; their memory stays
// until exit). At exit, every instance with `__del__` still alive is finalized
// (Finalization.swift). There are no automatic collections: enable/disable/thresholds are
// recorded for the API only.

extension Runtime {
    func makeGcModule() -> PyModule {
        let ns = newDict()
        let module = PyModule(type: types.module, name: "gc", namespace: ns)
        func def(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            ns.setString(intern(name), .object(PyBuiltinFunction(type: types.builtinFunction, name: name, body: body)))
        }
        ns.setString(staticName("__name__"), str("gc"))
        let lifecycle = types.object.lifecycle
        ns.setString(intern("garbage"), .object(lifecycle.garbage(self)))
        ns.setString(intern("callbacks"), list([]))
        ns.setString(intern("DEBUG_STATS"), .int(1))
        ns.setString(intern("DEBUG_COLLECTABLE"), .int(2))
        ns.setString(intern("DEBUG_UNCOLLECTABLE"), .int(4))
        ns.setString(intern("DEBUG_SAVEALL"), .int(32))
        ns.setString(intern("DEBUG_LEAK"), .int(38))
        def("collect") { rt, args, kwargs in
            try rt.rejectUnknownKeywords(kwargs, allowed: ["generation"], function: "collect")
            if args.count > 1 {
                throw rt.error(rt.types.typeError, "collect() takes at most 1 argument (\(args.count) given)")
            }
            if let generation = args.first ?? rt.keyword(kwargs, "generation") {
                let g = try rt.index(generation)
                if g < 0 || g > 2 { throw rt.error(rt.types.valueError, "invalid generation") }
            }
            return .int(rt.collectCycles())
        }
        def("enable") { rt, args, kwargs in
            try rt.expectArgs("gc.enable", args, kwargs, min: 0, max: 0)
            lifecycle.gcEnabled = true
            return .none
        }
        def("disable") { rt, args, kwargs in
            try rt.expectArgs("gc.disable", args, kwargs, min: 0, max: 0)
            lifecycle.gcEnabled = false
            return .none
        }
        def("isenabled") { rt, args, kwargs in
            try rt.expectArgs("gc.isenabled", args, kwargs, min: 0, max: 0)
            return .bool(lifecycle.gcEnabled)
        }
        def("get_count") { rt, args, kwargs in
            try rt.expectArgs("gc.get_count", args, kwargs, min: 0, max: 0)
            return rt.tuple([.int(0), .int(0), .int(0)])
        }
        def("get_threshold") { rt, args, kwargs in
            try rt.expectArgs("gc.get_threshold", args, kwargs, min: 0, max: 0)
            return rt.tuple(lifecycle.gcThresholds.map { .int($0) })
        }
        def("set_threshold") { rt, args, kwargs in
            if let kwargs, kwargs.count > 0 { throw rt.error(rt.types.typeError, "set_threshold() takes no keyword arguments") }
            guard (1...3).contains(args.count) else {
                throw rt.error(rt.types.typeError, "set_threshold() takes at \(args.isEmpty ? "least" : "most") \(args.isEmpty ? 1 : 3) argument\(args.isEmpty ? "" : "s") (\(args.count) given)")
            }
            for (i, a) in args.enumerated() { lifecycle.gcThresholds[i] = try rt.index(a) }
            return .none
        }
        return module
    }
}
