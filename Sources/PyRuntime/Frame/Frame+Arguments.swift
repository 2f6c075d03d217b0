// Binding call arguments to a function's fast locals, with CPython's exact TypeError texts
// (ceval.c initialize_locals and friends).

extension Runtime {
    /// A new frame for `function` with `args`/`kwargs` bound to its parameters.
    func makeFrame(_ function: PyFunction, _ args: [Value], kwargs: PyDict?) throws -> Frame {
        let code = function.code
        let frame = newFrame(code: code, globals: function.globals, builtins: builtins, locals: nil, function: function)
        do {
            try bindArguments(function, frame.slots, args, kwargs)
        } catch {
            releaseFrame(frame)
            throw error
        }
        return frame
    }

    func bindArguments(_ function: PyFunction, _ slots: UnsafeMutablePointer<Value>,
                       _ args: [Value], _ kwargs: PyDict?) throws {
        let co = function.code.code
        let argcount = Int(co.argcount), posonly = Int(co.posonlyargcount), kwonly = Int(co.kwonlyargcount)
        let hasVarargs = co.flags.contains(.varargs), hasVarkw = co.flags.contains(.varkeywords)
        let names = function.code.localNames
        let fname = function.qualname
        var kwDict: PyDict? = nil
        if hasVarkw {
            kwDict = newDict()
            slots[argcount + kwonly + (hasVarargs ? 1 : 0)] = .object(kwDict!)
        }
        // Positional arguments.
        let n = min(args.count, argcount)
        for i in 0..<n { slots[i] = args[i] }
        if hasVarargs {
            slots[argcount + kwonly] = tuple(args.count > argcount ? Array(args[argcount...]) : [])
        }
        // Keyword arguments.
        var positionalOnlyPassedByKeyword: [String] = []
        if let kwargs {
            for (key, value) in kwargs.items {
                guard case .object(let ko) = key, let keyword = ko as? PyStrObject else {
                    throw error(types.typeError, "keywords must be strings")
                }
                var found = -1
                for j in posonly..<(argcount + kwonly) where names[j] === keyword || names[j].value == keyword.value {
                    found = j
                    break
                }
                if found < 0 {
                    if let kwDict {
                        if (0..<posonly).contains(where: { names[$0].value == keyword.value }) {
                            // Goes to **kwargs, as CPython does for positional-only names.
                        }
                        try dictSet(kwDict, key, value)
                        continue
                    }
                    if (0..<posonly).contains(where: { names[$0].value == keyword.value }) {
                        positionalOnlyPassedByKeyword.append(keyword.value)
                        continue
                    }
                    throw error(types.typeError, "\(fname)() got an unexpected keyword argument '\(keyword.value)'")
                }
                if !slots[found].isNull {
                    throw error(types.typeError, "\(fname)() got multiple values for argument '\(keyword.value)'")
                }
                slots[found] = value
            }
        }
        if !positionalOnlyPassedByKeyword.isEmpty {
            throw error(types.typeError, "\(fname)() got some positional-only arguments passed as keyword arguments: '"
                        + positionalOnlyPassedByKeyword.joined(separator: ", ") + "'")
        }
        // Too many positional arguments.
        if args.count > argcount && !hasVarargs {
            let defaults = function.defaults.count
            var kwonlyGiven = 0
            for j in argcount..<(argcount + kwonly) where !slots[j].isNull { kwonlyGiven += 1 }
            let takes: String
            if defaults > 0 {
                takes = "from \(argcount - defaults) to \(argcount) positional arguments"
            } else {
                takes = "\(argcount) positional argument\(argcount == 1 ? "" : "s")"
            }
            let given = args.count
            var message = "\(fname)() takes \(takes) but \(given) "
            if kwonlyGiven > 0 {
                message += "positional argument\(given == 1 ? "" : "s") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven == 1 ? "" : "s")) were given"
            } else {
                message += given == 1 ? "was given" : "were given"
            }
            throw error(types.typeError, message)
        }
        // Defaults for missing positional parameters.
        let defaults = function.defaults
        let firstDefault = argcount - defaults.count
        var missing: [String] = []
        for i in 0..<argcount where slots[i].isNull {
            if i >= firstDefault { slots[i] = defaults[i - firstDefault] } else { missing.append(names[i].value) }
        }
        if !missing.isEmpty {
            throw error(types.typeError, "\(fname)() missing \(missing.count) required positional argument"
                        + "\(missing.count == 1 ? "" : "s"): \(quotedList(missing))")
        }
        // Keyword-only defaults.
        var missingKw: [String] = []
        for j in argcount..<(argcount + kwonly) where slots[j].isNull {
            if let kwdefaults = function.kwdefaults, let v = kwdefaults.lookupString(names[j]) {
                slots[j] = v
            } else {
                missingKw.append(names[j].value)
            }
        }
        if !missingKw.isEmpty {
            throw error(types.typeError, "\(fname)() missing \(missingKw.count) required keyword-only argument"
                        + "\(missingKw.count == 1 ? "" : "s"): \(quotedList(missingKw))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
    func quotedList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return quoted[0] + " and " + quoted[1]
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
    }
}
