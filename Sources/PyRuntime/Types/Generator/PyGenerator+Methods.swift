// The Python-visible methods and attributes of generator, coroutine and coroutine_wrapper
// (genobject.c's gen_methods, coro_methods, gen_getsetlist, ...). Async generators and
// their awaitables are in PyAsyncGenerator.swift.

extension Runtime {
    func installGeneratorTypes() {
        let support = generatorSupport
        installGeneratorMethods(support.generator, prefix: "gi")
        installGeneratorMethods(support.coroutine, prefix: "cr")
        installGeneratorMethods(support.asyncGenerator, prefix: "ag")
        installCoroutineWrapper(support)
        installAsyncGeneratorMethods(support)
        installAsyncIterationBuiltins(support)
        for type in [support.generator, support.coroutine, support.asyncGenerator, support.coroutineWrapper,
                     support.asyncGenAsend, support.asyncGenAthrow, support.asyncGenWrappedValue, support.anextAwaitable] {
            defineStatic(type, "__new__") { rt, _, _ in
                throw rt.error(rt.types.typeError, "cannot create '\(type.name)' instances")
            }
        }
    }

    /// A read-only (or, with `setter`, writable) attribute of a builtin type.
    func defineGetSet(_ type: PyType, _ name: String, reprKind: String = "attribute",
                      _ getter: @escaping (Runtime, Value) throws -> Value,
                      setter: ((Runtime, Value, Value?) throws -> Void)? = nil) {
        let d = PyGetSetDescriptor(type: types.getsetDescriptor, name: name, owner: type, getter: getter,
                                   setter: setter, reprKind: reprKind)
        type.namespace.setString(intern(name), .object(d))
    }

    /// `args[0]` of a method defined with defineMethod on a generator type.
    func generatorReceiver(_ v: Value) throws -> PyGenerator {
        guard case .object(let o) = v, let g = o as? PyGenerator else {
            throw error(types.typeError, "expected a generator, got '\(typeName(v))'")
        }
        return g
    }

    /// gen.throw(typ[, val[, tb]]) / coro.throw(...): the arguments CPython accepts.
    func throwArguments(_ owner: String, _ args: ArraySlice<Value>, _ kwargs: PyDict?) throws -> (Value, Value, Value) {
        if let kwargs, kwargs.count > 0 { throw error(types.typeError, "\(owner).throw() takes no keyword arguments") }
        guard (1...3).contains(args.count) else {
            if args.isEmpty { throw error(types.typeError, "throw expected at least 1 argument, got 0") }
            throw error(types.typeError, "throw expected at most 3 arguments, got \(args.count)")
        }
        let a = Array(args)
        return (a[0], a.count > 1 ? a[1] : .null, a.count > 2 ? a[2] : .null)
    }

    func generatorRepr(_ g: PyGenerator) -> String {
        let qualname = strValue(g.qualname) ?? g.code.qualname
        let what = g.kind == .generator ? "generator" : g.kind == .coroutine ? "coroutine" : "async_generator"
        return "<\(what) object \(qualname) at \(address(g))>"
    }

    /// The frame object of a generator that has not finished (gi_frame), None after.
    func generatorFrame(_ g: PyGenerator) -> Value {
        if g.state == .completed { return .none }
        let object: PyFrameObject
        if let existing = g.frameObject { object = existing } else {
            object = PyFrameObject(type: types.frame, code: g.code, globals: g.globals, localsMapping: nil)
            g.frameObject = object
        }
        // The line of the suspension point (the def line before the first resumption).
        let index = max(0, g.pc - 1)
        object.line = g.code.line(at: index)
        let offsets = g.code.unitOffsets
        object.lasti = offsets.indices.contains(index) ? offsets[index] * 2 : -1
        return .object(object)
    }

    private func installGeneratorMethods(_ type: PyType, prefix: String) {
        let owner = type.name
        if type !== generatorSupport.asyncGenerator {
            if type === generatorSupport.generator {
                defineMethod(type, "__iter__") { rt, args, kwargs in
                    try rt.checkMethodArity(owner, "__iter__", .slotNoArgs, args.count - 1, kwargs)
                    return args[0]
                }
                defineMethod(type, "__next__") { rt, args, kwargs in
                    try rt.checkMethodArity(owner, "__next__", .slotNoArgs, args.count - 1, kwargs)
                    return try rt.generatorStep(try rt.generatorReceiver(args[0]), .none)
                }
            } else {
                defineMethod(type, "__await__") { rt, args, kwargs in
                    try rt.checkMethodArity(owner, "__await__", .slotNoArgs, args.count - 1, kwargs)
                    let g = try rt.generatorReceiver(args[0])
                    return .object(PyCoroutineWrapper(type: rt.generatorSupport.coroutineWrapper, g))
                }
            }
            defineMethod(type, "send") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "send", .one, args.count - 1, kwargs)
                return try rt.generatorStep(try rt.generatorReceiver(args[0]), args[1])
            }
            defineMethod(type, "throw") { rt, args, kwargs in
                let g = try rt.generatorReceiver(args[0])
                let (typ, val, tb) = try rt.throwArguments(owner, args.dropFirst(), kwargs)
                switch try rt.generatorThrow(g, typ, val, tb) {
                case .yielded(let v): return v
                case .returned(let v): throw rt.stopIteration(v)
                }
            }
            defineMethod(type, "close") { rt, args, kwargs in
                try rt.checkMethodArity(owner, "close", .noArgs, args.count - 1, kwargs)
                try rt.generatorClose(try rt.generatorReceiver(args[0]))
                return .none
            }
        }
        defineMethod(type, "__repr__") { rt, args, kwargs in
            try rt.checkMethodArity(owner, "__repr__", .slotNoArgs, args.count - 1, kwargs)
            return rt.str(rt.generatorRepr(try rt.generatorReceiver(args[0])))
        }
        for attribute in ["__name__", "__qualname__"] {
            defineGetSet(type, attribute, { rt, v in
                let g = try rt.generatorReceiver(v)
                return attribute == "__name__" ? g.name : g.qualname
            }, setter: { rt, v, new in
                let g = try rt.generatorReceiver(v)
                guard let new, case .object(let o) = new, o is PyStrObject else {
                    throw rt.error(rt.types.typeError, "\(attribute) must be set to a string object")
                }
                if attribute == "__name__" { g.name = new } else { g.qualname = new }
            })
        }
        defineGetSet(type, "\(prefix)_frame") { rt, v in rt.generatorFrame(try rt.generatorReceiver(v)) }
        // gi_code and ag_running are struct members in CPython (a different message on set).
        let readonlyMember: (Runtime, Value, Value?) throws -> Void = { rt, _, _ in
            throw rt.error(rt.types.attributeError, "readonly attribute")
        }
        if type === generatorSupport.asyncGenerator {
            defineGetSet(type, "ag_running", reprKind: "member", { rt, v in .bool(try rt.generatorReceiver(v).runningAsync) },
                         setter: readonlyMember)
        } else {
            defineGetSet(type, "\(prefix)_running") { rt, v in .bool(try rt.generatorReceiver(v).state == .running) }
        }
        defineGetSet(type, "\(prefix)_code", reprKind: "member", { rt, v in .object(try rt.generatorReceiver(v).code) },
                     setter: readonlyMember)
        if type !== generatorSupport.asyncGenerator {
            defineGetSet(type, "\(prefix)_suspended") { rt, v in .bool(try rt.generatorReceiver(v).state == .suspended) }
        }
        let delegateName = type === generatorSupport.generator ? "gi_yieldfrom" : "\(prefix)_await"
        defineGetSet(type, delegateName) { rt, v in rt.yieldFromTarget(try rt.generatorReceiver(v)) ?? .none }
        if type === generatorSupport.coroutine {
            defineGetSet(type, "cr_origin", reprKind: "member", { _, _ in .none }, setter: readonlyMember)
        }
    }

    private func installCoroutineWrapper(_ support: GeneratorSupport) {
        let type = support.coroutineWrapper
        func wrapped(_ rt: Runtime, _ v: Value) throws -> PyGenerator {
            guard case .object(let o) = v, let w = o as? PyCoroutineWrapper else {
                throw rt.error(rt.types.typeError, "expected a coroutine_wrapper")
            }
            return w.coroutine
        }
        defineMethod(type, "__iter__") { rt, args, kwargs in
            try rt.checkMethodArity("coroutine_wrapper", "__iter__", .slotNoArgs, args.count - 1, kwargs)
            return args[0]
        }
        defineMethod(type, "__next__") { rt, args, kwargs in
            try rt.checkMethodArity("coroutine_wrapper", "__next__", .slotNoArgs, args.count - 1, kwargs)
            return try rt.generatorStep(try wrapped(rt, args[0]), .none)
        }
        defineMethod(type, "send") { rt, args, kwargs in
            try rt.checkMethodArity("coroutine_wrapper", "send", .one, args.count - 1, kwargs)
            return try rt.generatorStep(try wrapped(rt, args[0]), args[1])
        }
        defineMethod(type, "throw") { rt, args, kwargs in
            let g = try wrapped(rt, args[0])
            let (typ, val, tb) = try rt.throwArguments("coroutine_wrapper", args.dropFirst(), kwargs)
            switch try rt.generatorThrow(g, typ, val, tb) {
            case .yielded(let v): return v
            case .returned(let v): throw rt.stopIteration(v)
            }
        }
        defineMethod(type, "close") { rt, args, kwargs in
            try rt.checkMethodArity("coroutine_wrapper", "close", .noArgs, args.count - 1, kwargs)
            try rt.generatorClose(try wrapped(rt, args[0]))
            return .none
        }
    }
}
