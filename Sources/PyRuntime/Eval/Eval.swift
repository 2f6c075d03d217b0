// The dispatch loop. It handles only the stack, the instruction pointer, frames and
// exception unwinding (3.11 exception tables); the work is in Protocol/. Python-to-Python
// calls push a frame and continue in this loop; only native re-entry recurses.
import PyBytecode

extension Runtime {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func run(_ entry: Frame) throws -> Value {
        var frame = entry
        if instructionBudget <= 0 {
            do { try limitCheckpoint() } catch { releaseFrame(frame); throw error }
        }
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            releaseFrame(frame)
            throw error(types.recursionError, "maximum recursion depth exceeded")
        }
        // The running code object is read through the frame record, never held in a
        // local: assigning a class reference to a local costs a retain/release pair per call.
        var code: PyCodeObject {
            @inline(__always) get { frame.code }
        }
        var instrs = UnsafePointer(code.instructionBuffer.baseAddress!)
        var slots = frame.slots
        var sp = frame.sp
        var pc = frame.pc
        var consts = UnsafePointer(code.constantBuffer)
        /// Set when the current exception is being re-raised (no new traceback entry).
        var reraising = false
        /// The pending KW_NAMES tuple for the next CALL.
        var kwNames: PyTuple? = nil

        // Slots at and above `sp` hold no values: push initializes, pop moves out.
        @inline(__always) func push(_ v: consuming Value) {
            (slots + sp).initialize(to: v)
            sp &+= 1
        }
        @inline(__always) func pop() -> Value {
            sp &-= 1
            return (slots + sp).move()
        }
        @inline(__always) func top() -> Value { slots[sp - 1] }
        @inline(__always) func peek(_ n: Int) -> Value { slots[sp - n] }
        // Every helper here is inlined: a non-inlined closure capturing sp/pc/slots would
        // force them out of registers for the whole loop.
        @inline(__always) func popMany(_ n: Int) -> [Value] {
            sp -= n
            return takeValues(slots + sp, n)
        }
        @inline(__always) func load(_ f: Frame) {
            frame = f
            let codeReference = f.record.pointee.codeReference
            instrs = codeReference._withUnsafeGuaranteedRef { UnsafePointer($0.instructionBuffer.baseAddress!) }
            slots = f.slots
            sp = f.sp
            pc = f.pc
            consts = codeReference._withUnsafeGuaranteedRef { UnsafePointer($0.constantBuffer) }
        }
        @inline(__always) func save() {
            frame.sp = sp
            frame.pc = pc
        }
        /// Pops CALL's arguments (and the callable/NULL pair) into an array and kwargs.
        @inline(__always) func collectArguments(_ argc: Int, _ selfArg: Value, _ kwNames: PyTuple?) throws -> ([Value], PyDict?) {
            sp -= argc + 2
            return try takeArguments(slots + sp, argc, selfArg, kwNames)
        }
        /// Ends the running frame (slots below `live` hold values). Returns false when it
        /// was this `run`'s entry frame, whose result the caller of `run` receives;
        /// otherwise the calling frame becomes the running one.
        @inline(__always) func leaveFrame(live: Int) -> Bool {
            let finished = frame
            let caller = finished.previous
            let isEntry = finished.isEntry
            releaseFrame(finished, live: live)
            depth -= 1
            if isEntry { return false }
            load(caller!)
            return true
        }
        /// Makes `callee` the running frame (a Python-to-Python call: no native recursion).
        @inline(__always) func enter(_ callee: Frame) throws {
            save()
            callee.previous = frame
            instructionBudget &-= 1
            if instructionBudget <= 0 {
                do { try limitCheckpoint() } catch { releaseFrame(callee); throw error }
            }
            depth += 1
            if depth > recursionLimit {
                depth -= 1
                releaseFrame(callee)
                throw error(types.recursionError, "maximum recursion depth exceeded")
            }
            load(callee)
        }

        while true {
            let instr = instrs[pc]
            pc &+= 1
            do {
                switch instr.opcode {
                case .NOP, .RESUME, .EXTENDED_ARG, .PRECALL:
                    break
                case .CACHE:
                    throw error(types.systemError, "execution ran off the end of \(code.qualname)")
                case .LOAD_CONST:
                    push(UnsafeMutablePointer(mutating: consts + Int(instr.arg)).copiedValue)
                case .LOAD_FAST:
                    let local = slots + Int(instr.arg)
                    if local.pointee.isNull {
                        throw error(types.unboundLocalError,
                                    "cannot access local variable '\(code.localNames[Int(instr.arg)].value)' where it is not associated with a value")
                    }
                    push(local.copiedValue)
                case .STORE_FAST:
                    (slots + Int(instr.arg)).replaceValue(with: pop())
                case .DELETE_FAST:
                    if slots[Int(instr.arg)].isNull {
                        throw error(types.unboundLocalError,
                                    "cannot access local variable '\(code.localNames[Int(instr.arg)].value)' where it is not associated with a value")
                    }
                    slots[Int(instr.arg)] = .null
                case .POP_TOP:
                    sp -= 1
                    (slots + sp).destroyValue()
                case .PUSH_NULL:
                    push(.null)
                case .COPY:
                    push((slots + sp - Int(instr.arg)).copiedValue)
                case .SWAP:
                    let i = sp - Int(instr.arg)
                    let t = slots[sp - 1]
                    slots[sp - 1] = slots[i]
                    slots[i] = t
                case .LOAD_GLOBAL:
                    let record = frame.record
                    let cache = record.pointee.codeReference._withUnsafeGuaranteedRef { $0.globalCaches } + (pc - 1)
                    if instr.arg & 1 != 0 { push(.null) }
                    if record.pointee.globalsReference._withUnsafeGuaranteedRef({
                           cache.pointee.globals == ObjectIdentifier($0) && cache.pointee.globalsMutations == $0.mutations }),
                       record.pointee.builtinsReference._withUnsafeGuaranteedRef({
                           cache.pointee.builtinsMutations == $0.mutations }) {
                        push(cache.pointee.value)
                        break
                    }
                    unowned(unsafe) let globals = frame.globals
                    unowned(unsafe) let builtinsDict = frame.builtins
                    let name = code.names[Int(instr.arg >> 1)]
                    guard let v = globals.lookupString(name) ?? builtinsDict.lookupString(name) else {
                        if instr.arg & 1 != 0 { _ = pop() }
                        throw nameError(name, frame)
                    }
                    cache.pointee = GlobalCacheEntry(globals: ObjectIdentifier(globals), globalsMutations: globals.mutations,
                                                     builtinsMutations: builtinsDict.mutations, value: v)
                    push(v)
                case .STORE_GLOBAL:
                    frame.globals.setString(code.names[Int(instr.arg)], pop())
                case .DELETE_GLOBAL:
                    let name = code.names[Int(instr.arg)]
                    if try dictRemove(frame.globals, .object(name)) == nil {
                        throw error(types.nameError, "name '\(name.value)' is not defined")
                    }
                case .LOAD_NAME:
                    let name = code.names[Int(instr.arg)]
                    let found: Value?
                    if let locals = frame.locals, locals.type.isHeapType,
                       let getter = locals.type.lookup(staticName("__getitem__")), !(getter.object is PyBuiltinFunction) {
                        do {
                            found = try getItem(.object(locals), .object(name))
                        } catch let e as PyException where e.exception.type.isSubtype(of: types.keyError) {
                            found = frame.globals.lookupString(name) ?? frame.builtins.lookupString(name)
                        }
                    } else if let locals = frame.locals, let v = locals.lookupString(name) { found = v }
                    else { found = frame.globals.lookupString(name) ?? frame.builtins.lookupString(name) }
                    guard let v = found else { throw nameError(name, frame) }
                    push(v)
                case .STORE_NAME:
                    let name = code.names[Int(instr.arg)]
                    let v = pop()
                    if let locals = frame.locals, locals.type.isHeapType {
                        // A __prepare__ namespace of a dict subclass sees its own __setitem__.
                        try setItem(.object(locals), .object(name), v)
                    } else {
                        (frame.locals ?? frame.globals).setString(name, v)
                    }
                case .DELETE_NAME:
                    let name = code.names[Int(instr.arg)]
                    let namespace = frame.locals ?? frame.globals
                    if try dictRemove(namespace, .object(name)) == nil {
                        throw error(types.nameError, "name '\(name.value)' is not defined")
                    }
                case .LOAD_ATTR:
                    unowned(unsafe) let name = code.names[Int(instr.arg)]
                    if let owner = (slots + sp - 1).unretainedObject,
                       let v = owner._withUnsafeGuaranteedRef({ plainInstanceAttribute($0, name) }) {
                        (slots + sp - 1).pointee = v
                        break
                    }
                    let owner = pop()
                    push(try getAttribute(owner, name))
                case .STORE_ATTR:
                    unowned(unsafe) let name = code.names[Int(instr.arg)]
                    if let owner = (slots + sp - 1).unretainedObject,
                       owner._withUnsafeGuaranteedRef({ storePlainInstanceAttribute($0, name, (slots + sp - 2).pointee) }) {
                        _ = pop()
                        _ = pop()
                        break
                    }
                    let owner = pop()
                    let value = pop()
                    try setAttribute(owner, name, value)
                case .DELETE_ATTR:
                    try deleteAttribute(pop(), code.names[Int(instr.arg)])
                case .LOAD_METHOD:
                    let owner = pop()
                    let name = code.names[Int(instr.arg)]
                    if let (method, unbound) = try lookupMethod(owner, name), unbound {
                        push(method)
                        push(owner)
                    } else {
                        push(.null)
                        push(try getAttribute(owner, name))
                    }
                case .KW_NAMES:
                    if case .object(let o) = consts[Int(instr.arg)], let t = o as? PyTuple { kwNames = t }
                case .CALL:
                    let argc = Int(instr.arg)
                    let names = kwNames
                    if names != nil { kwNames = nil }
                    // Stack: [callable-or-NULL, self-or-callable, args...]
                    let base = sp - argc - 2
                    var constructed: PyObject? = nil
                    if names == nil, slots[base].isNull, let target = (slots + base + 1).unretainedObject {
                        // Rewrite `NULL, bound method` as `function, self`, and `NULL, class`
                        // as `__init__, new instance` when __init__ is a Python function, so
                        // both run in this loop. (`target` is unretained: copy out what is
                        // needed before its slot is overwritten.)
                        let kind = target._withUnsafeGuaranteedRef { ObjectIdentifier(type(of: $0)) }
                        if kind == ObjectIdentifier(PyMethod.self) {
                            let (function, receiver) = target._withUnsafeGuaranteedRef { o -> (Value, Value) in
                                let m = unsafeDowncast(o, to: PyMethod.self)
                                return (m.function, m.receiver)
                            }
                            if case .object(let mf) = function, type(of: mf) == PyFunction.self {
                                slots[base] = function
                                slots[base + 1] = receiver
                            }
                        } else if kind == ObjectIdentifier(PyType.self),
                                  let (initializer, instance) = try target._withUnsafeGuaranteedRef({
                                      try inlineConstruction(unsafeDowncast($0, to: PyType.self), argc) }) {
                            slots[base] = .object(initializer)
                            slots[base + 1] = .object(instance)
                            constructed = instance
                        }
                    }
                    if names == nil, let unretained = (slots + base).unretainedObject(ofExactClass: PyFunction.self),
                       unretained._withUnsafeGuaranteedRef({ $0.simplePositionalCount == argc + 1 }) {
                        // [function, self, args...]: a method call (or an inline __init__).
                        // The frame takes over the stack's reference to the function.
                        let callee = unretained._withUnsafeGuaranteedRef { function in
                            frames.push(code: function.code, globals: function.globals, builtins: builtins,
                                        locals: nil, taking: unretained, stack: stack)
                        }
                        callee.slots.moveInitialize(from: slots + base + 1, count: argc + 1)
                        sp = base
                        if constructed != nil { callee.constructedInstance = constructed }
                        try enter(callee)
                        continue
                    } else if names == nil, slots[base].isNull,
                              let unretained = (slots + base + 1).unretainedObject(ofExactClass: PyFunction.self),
                              unretained._withUnsafeGuaranteedRef({ $0.simplePositionalCount == argc }) {
                        // [NULL, function, args...]: a plain function call.
                        // The frame takes over the stack's reference to the function (the
                        // NULL below it needs no destruction).
                        let callee = unretained._withUnsafeGuaranteedRef { function in
                            frames.push(code: function.code, globals: function.globals, builtins: builtins,
                                        locals: nil, taking: unretained, stack: stack)
                        }
                        callee.slots.moveInitialize(from: slots + base + 2, count: argc)
                        sp = base
                        try enter(callee)
                        continue
                    }
                    var callable = slots[base]
                    var selfArg = slots[base + 1]
                    if callable.isNull {
                        callable = selfArg
                        selfArg = .null
                    }
                    if case .object(let o) = callable, let m = o as? PyMethod, selfArg.isNull {
                        callable = m.function
                        selfArg = m.receiver
                    }
                    if case .object(let fo) = callable, let function = fo as? PyFunction {
                        let (args, kwargs) = try collectArguments(argc, selfArg, names)
                        let callee = try makeFrame(function, args, kwargs: kwargs)
                        if constructed != nil { callee.constructedInstance = constructed }
                        try enter(callee)
                        continue
                    }
                    let (args, kwargs) = try collectArguments(argc, selfArg, names)
                    save()
                    callerFrame = frame
                    let result = try call(callable, args, kwargs: kwargs)
                    push(result)
                case .CALL_FUNCTION_EX:
                    let kwargsValue: Value = instr.arg & 1 != 0 ? pop() : .null
                    let argsValue = pop()
                    let callable = pop()
                    _ = pop()  // NULL
                    var kwargs: PyDict? = nil
                    if case .object(let ko) = kwargsValue, let d = ko as? PyDict { kwargs = d }
                    save()
                    var positional: [Value]
                    if let t = argsValue.object as? PyTuple { positional = t.items } else {
                        let iterator: Value
                        do {
                            iterator = try getIter(argsValue)
                        } catch let e as PyException where e.exception.type === types.typeError
                                    && ((try? toStr(.object(e.exception))) ?? "").hasSuffix("object is not iterable") {
                            throw error(types.typeError, "\(functionStr(callable)) argument after * must be an iterable, not \(typeName(argsValue))")
                        }
                        positional = []
                        while let x = try next(iterator) { positional.append(x) }
                    }
                    push(try call(callable, positional, kwargs: kwargs))
                case .RETURN_VALUE:
                    var result = pop()
                    if frame.hasConstructedInstance, let instance = frame.constructedInstance {
                        // An __init__ run inline for a class call: the caller gets the instance.
                        let returned = result
                        result = .object(instance)
                        if !returned.isNone {
                            _ = leaveFrame(live: sp)
                            throw error(types.typeError, "__init__() should return None, not '\(typeName(returned))'")
                        }
                    }
                    if !leaveFrame(live: sp) { return result }
                    push(result)
                case .BINARY_OP:
                    // Small-int + and - in place (ints are trivial values: no destruction).
                    if case .int(let x) = slots[sp - 2], case .int(let y) = slots[sp - 1] {
                        let arg = instr.arg
                        if arg == 0 || arg == 13 {
                            let (r, overflow) = x.addingReportingOverflow(y)
                            if !overflow { sp -= 1; (slots + sp - 1).initialize(to: .int(r)); break }
                        } else if arg == 10 || arg == 23 {
                            let (r, overflow) = x.subtractingReportingOverflow(y)
                            if !overflow { sp -= 1; (slots + sp - 1).initialize(to: .int(r)); break }
                        } else if arg == 5 || arg == 18 {
                            let (r, overflow) = x.multipliedReportingOverflow(by: y)
                            if !overflow { sp -= 1; (slots + sp - 1).initialize(to: .int(r)); break }
                        } else if arg == 1 || arg == 14 {
                            sp -= 1; (slots + sp - 1).initialize(to: .int(x & y)); break
                        } else if arg == 7 || arg == 20 {
                            sp -= 1; (slots + sp - 1).initialize(to: .int(x | y)); break
                        } else if arg == 12 || arg == 25 {
                            sp -= 1; (slots + sp - 1).initialize(to: .int(x ^ y)); break
                        }
                        sp -= 2
                        guard let op = BinaryOperator(rawValue: Int(arg) % 13) else {
                            throw error(types.systemError, "bad BINARY_OP argument")
                        }
                        if let r = try intBinary(op, x, y) { push(r) } else { push(try binaryOp(Int(arg), .int(x), .int(y))) }
                        break
                    }
                    if instr.arg == 0 || instr.arg == 13, areExactStrs(slots + sp - 2) {
                        // str + str. When the next instruction stores the result into the
                        // local holding the left operand, drop that reference first so the
                        // left string can grow in place (CPython's unicode_concatenate).
                        // (No bindings of the operands live here: they would be references.)
                        let next = instrs[pc]
                        if next.opcode == .STORE_FAST, (slots + Int(next.arg)).pointee.isIdentical(to: (slots + sp - 2).pointee) {
                            slots[Int(next.arg)] = .null
                        }
                        let right = unsafeDowncast(pop().object.unsafelyUnwrapped, to: PyStrObject.self)
                        push(concatenateStrings(pop(), right))
                        break
                    }
                    if let r = floatBinary(instr.arg, slots[sp - 2], slots[sp - 1]) {
                        // Both operands were unboxed numbers: nothing to release.
                        sp -= 1
                        (slots + sp - 1).initialize(to: r)
                        break
                    }
                    let b = pop()
                    let a = pop()
                    push(try binaryOp(Int(instr.arg), a, b))
                case .COMPARE_OP:
                    if case .int(let x) = slots[sp - 2], case .int(let y) = slots[sp - 1] {
                        let r: Bool
                        switch instr.arg {
                        case 0: r = x < y
                        case 1: r = x <= y
                        case 2: r = x == y
                        case 3: r = x != y
                        case 4: r = x > y
                        case 5: r = x >= y
                        default: throw error(types.systemError, "bad COMPARE_OP argument")
                        }
                        sp -= 1
                        (slots + sp - 1).initialize(to: .bool(r))
                        break
                    }
                    let b = pop()
                    let a = pop()
                    guard let op = CompareOp(rawValue: Int(instr.arg)) else {
                        throw error(types.systemError, "bad COMPARE_OP argument")
                    }
                    push(try compare(a, b, op))
                case .IS_OP:
                    let b = pop()
                    let a = pop()
                    push(.bool(a.isIdentical(to: b) != (instr.arg == 1)))
                case .CONTAINS_OP:
                    let container = pop()
                    let item = pop()
                    push(.bool(try contains(container, item) != (instr.arg == 1)))
                case .UNARY_NEGATIVE:
                    push(try negative(pop()))
                case .UNARY_POSITIVE:
                    push(try positive(pop()))
                case .UNARY_INVERT:
                    push(try invert(pop()))
                case .UNARY_NOT:
                    push(.bool(!(try isTrue(pop()))))
                case .JUMP_FORWARD:
                    pc = Int(instr.arg)
                case .JUMP_BACKWARD, .JUMP_BACKWARD_NO_INTERRUPT:
                    // Limit checkpoint (ExecutionLimits.swift): the loop body's length. The
                    // no-interrupt form (yield from/await loops) is a backward edge too.
                    instructionBudget &-= pc &- Int(instr.arg)
                    pc = Int(instr.arg)
                    if instructionBudget <= 0 { try limitCheckpoint() }
                case .POP_JUMP_FORWARD_IF_FALSE:
                    let v = pop()
                    if case .bool(let b) = v { if !b { pc = Int(instr.arg) } }
                    else if !(try isTrue(v)) { pc = Int(instr.arg) }
                case .POP_JUMP_FORWARD_IF_TRUE:
                    let v = pop()
                    if case .bool(let b) = v { if b { pc = Int(instr.arg) } }
                    else if try isTrue(v) { pc = Int(instr.arg) }
                case .POP_JUMP_FORWARD_IF_NONE:
                    if pop().isNone { pc = Int(instr.arg) }
                case .POP_JUMP_FORWARD_IF_NOT_NONE:
                    if !pop().isNone { pc = Int(instr.arg) }
                case .POP_JUMP_BACKWARD_IF_FALSE, .POP_JUMP_BACKWARD_IF_TRUE, .POP_JUMP_BACKWARD_IF_NONE,
                     .POP_JUMP_BACKWARD_IF_NOT_NONE:
                    let v = pop()
                    let jumps: Bool
                    switch instr.opcode {
                    case .POP_JUMP_BACKWARD_IF_NONE: jumps = v.isNone
                    case .POP_JUMP_BACKWARD_IF_NOT_NONE: jumps = !v.isNone
                    default:
                        let truth: Bool
                        if case .bool(let b) = v { truth = b } else { truth = try isTrue(v) }
                        jumps = truth == (instr.opcode == .POP_JUMP_BACKWARD_IF_TRUE)
                    }
                    if jumps {
                        instructionBudget &-= pc &- Int(instr.arg)
                        pc = Int(instr.arg)
                        if instructionBudget <= 0 { try limitCheckpoint() }
                    }
                case .JUMP_IF_FALSE_OR_POP:
                    if try isTrue(top()) { _ = pop() } else { pc = Int(instr.arg) }
                case .JUMP_IF_TRUE_OR_POP:
                    if try isTrue(top()) { pc = Int(instr.arg) } else { _ = pop() }
                case .GET_ITER:
                    push(try getIter(pop()))
                case .FOR_ITER:
                    if let iterator = (slots + sp - 1).unretainedObject(ofExactClass: PySequenceIterator.self),
                       let step = iterator._withUnsafeGuaranteedRef({ $0.fastNext() }) {
                        if let v = step { push(v) } else {
                            _ = pop()
                            pc = Int(instr.arg)
                        }
                        break
                    }
                    if let v = try next(top()) {
                        push(v)
                    } else {
                        _ = pop()
                        pc = Int(instr.arg)
                    }
                case .BUILD_TUPLE:
                    push(tuple(popMany(Int(instr.arg))))
                case .BUILD_LIST:
                    push(list(popMany(Int(instr.arg))))
                case .BUILD_MAP:
                    let items = popMany(2 * Int(instr.arg))
                    let d = newDict()
                    var i = 0
                    while i < items.count { try dictSet(d, items[i], items[i + 1]); i += 2 }
                    push(.object(d))
                case .BUILD_CONST_KEY_MAP:
                    let keys = pop()
                    let values = popMany(Int(instr.arg))
                    let d = newDict()
                    if case .object(let ko) = keys, let kt = ko as? PyTuple {
                        for (k, v) in zip(kt.items, values) { try dictSet(d, k, v) }
                    }
                    push(.object(d))
                case .BUILD_STRING:
                    let pieces = popMany(Int(instr.arg))
                    var text = ""
                    var spans = SurrogateSpans()
                    for p in pieces {
                        if case .object(let o) = p, let s = o as? PyStrObject {
                            if let cps = s.surrogateCodePoints { spans.note(cps, appendingTo: text) }
                            text += s.value
                        }
                    }
                    push(exactText(text, spans))
                case .BUILD_SLICE:
                    let step: Value = instr.arg == 3 ? pop() : .none
                    let stop = pop()
                    let start = pop()
                    push(.object(PySlice(type: types.slice, start: start, stop: stop, step: step)))
                case .LIST_APPEND:
                    let v = pop()
                    if case .object(let o) = peek(Int(instr.arg)), let l = o as? PyList { try appendAccounted(l, v) }
                case .LIST_EXTEND:
                    let iterable = pop()
                    if case .object(let o) = peek(Int(instr.arg)), let l = o as? PyList { l.items += try toArray(iterable) }
                case .LIST_TO_TUPLE:
                    if case .object(let o) = pop(), let l = o as? PyList { push(tuple(l.items)) }
                case .MAP_ADD:
                    let value = pop()
                    let key = pop()
                    if case .object(let o) = peek(Int(instr.arg)), let d = o as? PyDict { try dictSet(d, key, value) }
                case .DICT_UPDATE, .DICT_MERGE:
                    let other = pop()
                    if case .object(let o) = peek(Int(instr.arg)), let d = o as? PyDict {
                        if instr.opcode == .DICT_MERGE {
                            let callable = peek(Int(instr.arg) + 2)
                            if !(other.object is PyDict), typeOf(other).lookup(staticName("keys")) == nil {
                                throw error(types.typeError, "\(functionStr(callable)) argument after ** must be a mapping, not \(typeName(other))")
                            }
                            do {
                                try dictUpdate(d, other, merging: true)
                            } catch let e as PyException where e.exception.type === types.typeError {
                                let text = (try? toStr(.object(e.exception))) ?? ""
                                if text.hasPrefix("got multiple values") {
                                    throw error(types.typeError, "\(functionStr(callable)) \(text)")
                                }
                                throw e
                            }
                        } else {
                            try dictUpdate(d, other, merging: false)
                        }
                    }
                case .BINARY_SUBSCR:
                    if case .int(let i) = slots[sp - 1], let item = sequenceItem(slots + sp - 2, i) {
                        sp -= 1
                        (slots + sp - 1).pointee = item
                        break
                    }
                    let key = pop()
                    let container = pop()
                    push(try getItem(container, key))
                case .STORE_SUBSCR:
                    if case .int(let i) = slots[sp - 1], storeListItem(slots + sp - 2, i, slots[sp - 3]) {
                        _ = pop()
                        _ = pop()
                        _ = pop()
                        break
                    }
                    let key = pop()
                    let container = pop()
                    let value = pop()
                    try setItem(container, key, value)
                case .DELETE_SUBSCR:
                    let key = pop()
                    try deleteItem(pop(), key)
                case .UNPACK_SEQUENCE:
                    let n = Int(instr.arg)
                    if let items = unpackableItems(slots + sp - 1, n) {
                        _ = pop()
                        var i = n - 1
                        while i >= 0 { push(items[i]); i -= 1 }
                        break
                    }
                    let items = try unpackItems(pop())
                    guard items.count == n else {
                        if items.count < n {
                            throw error(types.valueError, "not enough values to unpack (expected \(n), got \(items.count))")
                        }
                        throw error(types.valueError, "too many values to unpack (expected \(n))")
                    }
                    for item in items.reversed() { push(item) }
                case .UNPACK_EX:
                    let items = try unpackItems(pop())
                    let before = Int(instr.arg & 0xFF), after = Int(instr.arg >> 8)
                    guard items.count >= before + after else {
                        throw error(types.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
                    }
                    for item in items[(items.count - after)...].reversed() { push(item) }
                    push(list(Array(items[before..<(items.count - after)])))
                    for item in items[..<before].reversed() { push(item) }
                case .MAKE_FUNCTION:
                    guard case .object(let co) = pop(), let codeObject = co as? PyCodeObject else {
                        throw error(types.systemError, "MAKE_FUNCTION without a code object")
                    }
                    let function = PyFunction(type: types.function, code: codeObject, globals: frame.globals)
                    if instr.arg & 0x08 != 0, case .object(let c) = pop(), let cells = c as? PyTuple {
                        function.closure = cells.items.compactMap { $0.object as? PyCell }
                    }
                    if instr.arg & 0x04 != 0 { function.annotations = pop() }
                    if instr.arg & 0x02 != 0, case .object(let k) = pop(), let kw = k as? PyDict { function.kwdefaults = kw }
                    if instr.arg & 0x01 != 0, case .object(let d) = pop(), let defaults = d as? PyTuple {
                        function.defaults = defaults.items
                    }
                    if let moduleName = frame.globals.lookupString(staticName("__name__")) { function.module = moduleName }
                    if case .object(let s) = codeObject.constants.first ?? .none, s is PyStrObject { function.doc = codeObject.constants[0] }
                    push(.object(function))
                case .MAKE_CELL:
                    let i = Int(instr.arg)
                    slots[i] = .object(PyCell(type: types.cell, slots[i]))
                case .COPY_FREE_VARS:
                    let n = Int(instr.arg)
                    if let f = frame.function {
                        let first = code.nlocalsplus - n
                        for i in 0..<min(n, f.closure.count) { slots[first + i] = .object(f.closure[i]) }
                    }
                case .LOAD_CLOSURE:
                    push(slots[Int(instr.arg)])
                case .LOAD_DEREF, .LOAD_CLASSDEREF:
                    let i = Int(instr.arg)
                    if instr.opcode == .LOAD_CLASSDEREF, let locals = frame.locals,
                       let v = try dictGet(locals, .object(code.localNames[i])) {
                        push(v)
                        break
                    }
                    guard case .object(let c) = slots[i], let cell = c as? PyCell, !cell.contents.isNull else {
                        throw freeVariableError(code, i)
                    }
                    push(cell.contents)
                case .STORE_DEREF:
                    if case .object(let c) = slots[Int(instr.arg)], let cell = c as? PyCell { cell.contents = pop() }
                case .DELETE_DEREF:
                    guard case .object(let c) = slots[Int(instr.arg)], let cell = c as? PyCell, !cell.contents.isNull else {
                        throw freeVariableError(code, Int(instr.arg))
                    }
                    cell.contents = .null
                case .FORMAT_VALUE:
                    let spec: Value = instr.arg & 0x04 != 0 ? pop() : .null
                    var v = pop()
                    switch instr.arg & 0x03 {
                    case 1: v = try strObject(v)
                    case 2: v = str(try repr(v))
                    case 3: v = str(try ascii(v))
                    default: break
                    }
                    let specText = (spec.object as? PyStrObject)?.value ?? ""
                    push(try formatExact(v, specText))
                case .LOAD_BUILD_CLASS:
                    guard let b = builtins.lookupString(staticName("__build_class__")) else {
                        throw error(types.nameError, "__build_class__ not found")
                    }
                    push(b)
                case .LOAD_ASSERTION_ERROR:
                    push(.object(types.assertionError))
                case .RAISE_VARARGS:
                    save()
                    switch instr.arg {
                    case 0:
                        guard case .object(let o) = topmostHandledException, let e = o as? PyBaseException else {
                            throw error(types.runtimeError, "No active exception to reraise")
                        }
                        reraising = true
                        throw PyException(e)
                    case 1:
                        throw PyException(try makeException(pop()))
                    default:
                        let causeValue = pop()
                        let e = try makeException(pop())
                        if causeValue.isNone { e.cause = .none } else {
                            do {
                                e.cause = .object(try makeException(causeValue))
                            } catch {
                                throw self.error(types.typeError, "exception causes must derive from BaseException")
                            }
                        }
                        e.suppressContext = true
                        throw PyException(e)
                    }
                case .PUSH_EXC_INFO:
                    let exc = pop()
                    push(handledException)
                    handledException = exc
                    push(exc)
                case .POP_EXCEPT:
                    handledException = pop()
                case .CHECK_EXC_MATCH:
                    let matchType = pop()
                    push(.bool(try exceptionMatches(top(), matchType)))
                case .RERAISE:
                    let exc = pop()
                    guard case .object(let o) = exc, let e = o as? PyBaseException else {
                        throw error(types.systemError, "RERAISE of a non-exception")
                    }
                    reraising = true
                    throw PyException(e)
                case .BEFORE_WITH:
                    let manager = pop()
                    let managerType = typeOf(manager)
                    let protocolError = "'\(managerType.name)' object does not support the context manager protocol"
                    if let enter = managerType.lookup(staticName("__enter__")) {
                        guard let exit = managerType.lookup(staticName("__exit__")) else {
                            throw error(types.typeError, protocolError + " (missed __exit__ method)")
                        }
                        push(try bindDescriptor(exit, manager))
                        push(try callMethodValue(enter, manager, []))
                    } else {
                        // Builtin managers whose methods are native attributes.
                        guard !managerType.isHeapType, let enter = try genericGetAttribute(manager, staticName("__enter__")) else {
                            throw error(types.typeError, protocolError)
                        }
                        guard let exit = try genericGetAttribute(manager, staticName("__exit__")) else {
                            throw error(types.typeError, protocolError + " (missed __exit__ method)")
                        }
                        push(exit)
                        push(try call(enter, []))
                    }
                case .WITH_EXCEPT_START:
                    // Stack: exit, lasti, prev_exc, exc
                    let exc = top()
                    let exit = peek(4)
                    let excType: Value = exc.object.map { .object($0.type) } ?? .none
                    let tb: Value = (exc.object as? PyBaseException)?.traceback.map { .object($0) } ?? .none
                    push(try call(exit, [excType, exc, tb]))
                case .SETUP_ANNOTATIONS:
                    let namespace = frame.locals ?? frame.globals
                    if try dictGet(namespace, .object(staticName("__annotations__"))) == nil {
                        try dictSet(namespace, .object(staticName("__annotations__")), .object(newDict()))
                    }
                case .IMPORT_NAME:
                    let fromlist = pop()
                    let level = pop()
                    push(try importName(code.names[Int(instr.arg)], globals: frame.globals, locals: frame.locals,
                                        builtins: frame.builtins, fromlist: fromlist, level: level))
                case .IMPORT_FROM:
                    push(try importFrom(top(), code.names[Int(instr.arg)]))
                case .PRINT_EXPR:
                    try displayValue(pop())
                case .IMPORT_STAR:
                    let module = pop()
                    guard let locals = frame.locals else { throw error(types.systemError, "no locals found during 'import *'") }
                    try importStar(module, into: locals)
                case .BUILD_SET:
                    // Elements are added from the deepest stack slot up, as CPython does.
                    let items = popMany(Int(instr.arg))
                    let s = PySet(type: types.set)
                    for item in items { try setAdd(s, item) }
                    push(.object(s))
                case .SET_ADD:
                    let v = pop()
                    guard case .object(let o) = peek(Int(instr.arg)), let s = o as? PySet else {
                        throw error(types.systemError, "SET_ADD without a set")
                    }
                    try setAdd(s, v)
                case .SET_UPDATE:
                    let iterable = pop()
                    guard case .object(let o) = peek(Int(instr.arg)), let s = o as? PySet else {
                        throw error(types.systemError, "SET_UPDATE without a set")
                    }
                    try setUpdateInternal(s, iterable)
                case .GET_LEN:
                    push(.int(try length(top())))
                case .MATCH_MAPPING:
                    push(.bool(isMatchMapping(top())))
                case .MATCH_SEQUENCE:
                    push(.bool(isMatchSequence(top())))
                case .MATCH_KEYS:
                    push(try matchKeys(peek(2), top()))
                case .MATCH_CLASS:
                    let names = pop(), cls = pop(), subject = pop()
                    push(try matchClass(subject, cls, positional: Int(instr.arg), names))
                case .CHECK_EG_MATCH:
                    let matchType = pop(), exc = pop()
                    let (rest, match) = try exceptStarMatch(exc, matchType)
                    push(rest)
                    push(match)
                    if !match.isNone { handledException = match }
                case .PREP_RERAISE_STAR:
                    let raised = pop(), original = pop()
                    push(try prepReraiseStar(original, raised))
                // Generators and coroutines (Eval+Generators.swift, Types/Generator/).
                case .RETURN_GENERATOR:
                    if resumingWithError { throw injectedException(pop()) }
                    save()
                    let generator = Value.object(makeGenerator(frame))
                    let constructed = frame.hasConstructedInstance
                    if !leaveFrame(live: 0) { return generator }
                    if constructed {
                        throw error(types.typeError, "__init__() should return None, not '\(typeName(generator))'")
                    }
                    push(generator)
                case .YIELD_VALUE:
                    if resumingWithError { throw injectedException(pop()) }
                    let value = pop()
                    save()
                    try suspendGenerator(frame)
                    depth -= 1
                    return value
                case .SEND:
                    let value = pop()
                    save()
                    switch try sendStep(top(), value) {
                    case .yielded(let v):
                        push(v)
                    case .returned(let v):
                        _ = pop()
                        push(v)
                        pc = Int(instr.arg)
                    }
                case .GET_YIELD_FROM_ITER:
                    push(try yieldFromIterator(pop(), code))
                case .GET_AWAITABLE:
                    save()  // a coroutine dropped here warns with this line
                    push(try awaitable(pop(), where: Int(instr.arg)))
                case .GET_AITER:
                    push(try asyncIterator(pop()))
                case .GET_ANEXT:
                    push(try asyncNext(top()))
                case .BEFORE_ASYNC_WITH:
                    let (exit, entered) = try beforeAsyncWith(pop())
                    push(exit)
                    push(entered)
                case .END_ASYNC_FOR:
                    let exc = pop()
                    if endsAsyncFor(exc) {
                        _ = pop()
                        break
                    }
                    guard case .object(let o) = exc, let e = o as? PyBaseException else {
                        throw error(types.systemError, "END_ASYNC_FOR of a non-exception")
                    }
                    reraising = true
                    throw PyException(e)
                case .ASYNC_GEN_WRAP:
                    push(wrapAsyncGenValue(pop()))
                }
            } catch var thrown {
                // A raise is charged to the instruction budget: a handler may lead back to
                // the raise with no backward jump (a loop through the exception table).
                instructionBudget &-= 1
                if instructionBudget <= 0, !(thrown is ExecutionLimitExceeded) {
                    do { try limitCheckpoint() } catch { thrown = error }
                }
                // An execution limit: every frame of this run goes, no handler runs.
                if thrown is ExecutionLimitExceeded {
                    while true {
                        while sp > code.nlocalsplus { _ = pop() }
                        if !leaveFrame(live: sp) { throw thrown }
                    }
                }
                // Exception unwinding: find a handler in this frame or pop frames until one is found.
                let exc: PyBaseException
                if let e = thrown as? PyException { exc = e.exception } else {
                    exc = PyBaseException(type: types.systemError, args: [str("internal error: \(thrown)")])
                }
                if !reraising {
                    if exc.context.isNone, case .object(let h) = topmostHandledException, h !== exc, h is PyBaseException {
                        exc.context = .object(h)
                    }
                    exc.traceback = PyTraceback(type: types.traceback, code: code, instructionIndex: pc - 1, next: exc.traceback,
                                                frame: frameObject(frame, at: pc - 1))
                }
                reraising = false
                while true {
                    if let handler = code.handler(at: pc - 1) {
                        let base = code.nlocalsplus + handler.depth
                        while sp > base { _ = pop() }
                        if handler.lasti { push(.int(code.unitOffsets[pc - 1])) }
                        push(.object(exc))
                        pc = handler.target
                        break
                    }
                    while sp > code.nlocalsplus { _ = pop() }
                    if !leaveFrame(live: sp) { throw PyException(exc) }
                    exc.traceback = PyTraceback(type: types.traceback, code: code, instructionIndex: pc - 1, next: exc.traceback,
                                                frame: frameObject(frame, at: pc - 1))
                }
            }
        }
    }

    /// Moves `n` values out of the stack slots at `first` into an array.
    @inline(never)
    func takeValues(_ first: UnsafeMutablePointer<Value>, _ n: Int) -> [Value] {
        // reserveCapacity + append is specialised here; Array(unsafeUninitializedCapacity:)
        // goes through the stdlib's generic allocation with a metadata lookup per call
        // (measured: about 700 instructions per array).
        var values = [Value]()
        values.reserveCapacity(n)
        for i in 0..<n { values.append((first + i).move()) }
        return values
    }

    /// CALL's operands at `base` ([callable-or-NULL, self-or-callable, args...]) moved
    /// out: the arguments (with `selfArg` first when not NULL) and the keyword arguments.
    @inline(never)
    func takeArguments(_ base: UnsafeMutablePointer<Value>, _ argc: Int, _ selfArg: Value,
                       _ kwNames: PyTuple?) throws -> ([Value], PyDict?) {
        var args = [Value]()
        args.reserveCapacity(argc + 1)
        if !selfArg.isNull { args.append(selfArg) }
        for i in 0..<argc { args.append((base + 2 + i).move()) }
        (base + 1).deinitialize(count: 1)
        base.deinitialize(count: 1)
        var kwargs: PyDict? = nil
        if let kwNames { kwargs = try splitKeywords(&args, kwNames) }
        return (args, kwargs)
    }

    /// Whether the two values at `pair` are exact `str` objects.
    @inline(__always)
    func areExactStrs(_ pair: UnsafeMutablePointer<Value>) -> Bool {
        guard case .object(let a) = pair[0], case .object(let b) = pair[1] else { return false }
        return type(of: a) == PyStrObject.self && type(of: b) == PyStrObject.self && a.type === types.str && b.type === types.str
    }

    /// `left + right` for two exact strs; appends in place when `left` is the only reference.
    @inline(never)
    func concatenateStrings(_ left: consuming Value, _ right: PyStrObject) -> Value {
        guard case .object(let o) = consume left else { return .null }
        var object = o
        if isKnownUniquelyReferenced(&object) {
            unsafeDowncast(object, to: PyStrObject.self).appendInPlace(right)
            return .object(object)
        }
        let l = unsafeDowncast(object, to: PyStrObject.self)
        if right.value.isEmpty { return .object(l) }
        if l.value.isEmpty { return .object(right) }
        if l.surrogateCodePoints != nil || right.surrogateCodePoints != nil {
            return str(codePoints: l.codePoints + right.codePoints)
        }
        return .object(PyStrObject(type: types.str, l.value + right.value, isASCII: l.isASCII && right.isASCII))
    }

    /// CALL on a class whose instances come from object.__new__ and whose __init__ is a
    /// Python function: the new instance and the __init__ to run inline (no native re-entry).
    @inline(never)
    func inlineConstruction(_ t: PyType, _ argc: Int) throws -> (PyFunction, PyObject)? {
        guard t.isHeapType, t.type === types.type,
              let new = t.lookup(staticName("__new__")), case .object(let newObject) = new,
              newObject === types.object.namespace.lookupString(staticName("__new__"))?.object,
              let initializer = t.lookup(staticName("__init__")), case .object(let io) = initializer,
              type(of: io) == PyFunction.self,
              case .object(let instance) = try newInstance(t, args: []) else { return nil }
        return (unsafeDowncast(io, to: PyFunction.self), instance)
    }

    /// NameError with what a "Did you mean" suggestion needs (CPython looks at the frame).
    func nameError(_ name: PyStrObject, _ frame: Frame) -> PyException {
        let e = error(types.nameError, "name '\(name.value)' is not defined")
        e.exception.attributeName = .object(name)
        func keys(_ d: PyDict) -> [String] { d.items.compactMap { strValue($0.key) } }
        let locals = (try? localsSnapshot(frame)).map(keys) ?? []
        e.exception.nameCandidates = [locals, keys(frame.globals), keys(frame.builtins)]
        return e
    }

    /// `super()` inside a method: the `__class__` cell and the first argument of the frame.
    func zeroArgumentSuper(_ frame: Frame) throws -> Value {
        let code = frame.code
        guard code.code.argcount > 0 || code.code.flags.contains(.varargs) else {
            throw error(types.runtimeError, "super(): no arguments")
        }
        var first = frame.slots[0]
        if case .object(let o) = first, let cell = o as? PyCell, code.code.localspluskinds.first.map({ $0 & 0x40 != 0 }) == true {
            first = cell.contents
        }
        if first.isNull { throw error(types.runtimeError, "super(): arg[0] deleted") }
        let freeStart = code.nlocalsplus - code.freeCount
        for i in freeStart..<code.nlocalsplus where code.localNames[i].value == "__class__" {
            guard case .object(let c) = frame.slots[i], let cell = c as? PyCell else { break }
            guard case .object(let t) = cell.contents, let cls = t as? PyType else {
                throw error(types.runtimeError, "super(): empty __class__ cell")
            }
            return try makeSuper([.object(cls), first])
        }
        throw error(types.runtimeError, "super(): __class__ cell not found")
    }

    func freeVariableError(_ code: PyCodeObject, _ i: Int) -> PyException {
        let name = code.localNames[i].value
        if i < code.nlocalsplus - code.freeCount {
            return error(types.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return error(types.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// Moves the last `names.count` arguments into a kwargs dict.
    func splitKeywords(_ args: inout [Value], _ names: PyTuple) throws -> PyDict {
        let d = newDict()
        let n = names.items.count
        let values = args.suffix(n)
        args.removeLast(n)
        for (k, v) in zip(names.items, values) { try dictSet(d, k, v) }
        return d
    }

    /// LOAD_METHOD's lookup: (function, true) when the attribute is a plain function on the
    /// type that can be called with the owner as first argument.
    func lookupMethod(_ owner: Value, _ name: PyStrObject) throws -> (Value, Bool)? {
        if case .object(let o) = owner, o.type.hasPlainAttributeAccess(self) {
            // A plain instance: a function on the class, unless the instance dict shadows it.
            guard let attribute = o.type.lookup(name), case .object(let a) = attribute,
                  type(of: a) == PyFunction.self
                  || (type(of: a) == PyBuiltinFunction.self && unsafeDowncast(a, to: PyBuiltinFunction.self).binds
                      && !isShadowableObjectMethod(a, o.type)) else { return nil }
            if let dict = o.dict, dict.lookupString(name) != nil { return nil }
            return (attribute, true)
        }
        let t = typeOf(owner)
        if case .object(let o) = owner, o is PyType || o is PySuper { return nil }
        if t.isHeapType, let custom = t.lookup(staticName("__getattribute__")), !(custom.object is PyBuiltinFunction) { return nil }
        guard let attribute = t.lookup(name), case .object(let a) = attribute,
              a is PyFunction || (a as? PyBuiltinFunction)?.binds == true, !(a is PyBuiltinFunction && isShadowableObjectMethod(a, t)) else { return nil }
        if case .object(let o) = owner, let dict = o.dict, dict.lookupString(name) != nil { return nil }
        return (attribute, true)
    }

    /// object's own method found for another type: a builtin base may have a slot wrapper
    /// of that name first (`[1].__repr__` is list's), which the generic lookup finds.
    @inline(__always)
    func isShadowableObjectMethod(_ a: PyObject, _ t: PyType) -> Bool {
        t !== types.object && unsafeDowncast(a, to: PyBuiltinFunction.self).ownerType === types.object
    }

    /// The items for UNPACK_SEQUENCE / UNPACK_EX ("cannot unpack non-iterable X object").
    func unpackItems(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let t = o as? PyTuple, !o.type.isHeapType { return t.items }
            if let l = o as? PyList, !o.type.isHeapType { return l.items }
        }
        let iterator: Value
        do {
            iterator = try getIter(v)
        } catch let e as PyException where e.exception.type === types.typeError
                    && ((try? toStr(.object(e.exception))) ?? "") == "'\(typeName(v))' object is not iterable" {
            throw error(types.typeError, "cannot unpack non-iterable \(typeName(v)) object")
        }
        var items: [Value] = []
        while let x = try next(iterator) { items.append(x) }
        return items
    }

    /// _PyObject_FunctionStr: "module.qualname()" for the callee in call-site error messages.
    func functionStr(_ callable: Value) -> String {
        if case .object(let o) = callable {
            if let f = o as? PyFunction {
                if let m = strValue(f.module), m != "builtins" { return "\(m).\(f.qualname)()" }
                return "\(f.qualname)()"
            }
            if let b = o as? PyBuiltinFunction { return "\(b.name)()" }
            if let m = o as? PyMethod { return functionStr(m.function) }
            if let t = o as? PyType { return t.isHeapType ? "\(t.moduleName).\(t.qualname)()" : "\(t.name)()" }
        }
        return "\(typeName(callable)) object"
    }

    /// The exception instance for `raise v` (a class is instantiated).
    func makeException(_ v: Value) throws -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isSubtype(of: types.baseException) {
                let instance = try call(v, [])
                if case .object(let io) = instance, let e = io as? PyBaseException { return e }
                throw error(types.typeError, "calling \(try repr(v)) should have returned an instance of BaseException, not \(try repr(.object(typeOf(instance))))")
            }
        }
        throw error(types.typeError, "exceptions must derive from BaseException")
    }

    func exceptionMatches(_ exc: Value, _ matchType: Value) throws -> Bool {
        let t = typeOf(exc)
        if case .object(let o) = matchType {
            if let mt = o as? PyType {
                guard mt.isSubtype(of: types.baseException) else {
                    throw error(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
                }
                return t.isSubtype(of: mt)
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try exceptionMatches(exc, item) { return true }
                return false
            }
        }
        throw error(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }
}
