// One interpreter instance: its builtin types, builtins namespace, interned names, data
// stack and host. Nothing mutable is global (DESIGN.md section 3), so several runtimes can
// live in one process.
import PyBytecode

/// The builtin type objects of one runtime.
public struct BuiltinTypes {
    public let object: PyType, type: PyType
    public let int: PyType, bool: PyType, float: PyType, complex: PyType
    public let str: PyType, bytes: PyType, tuple: PyType, list: PyType, dict: PyType
    public let bytearray: PyType, bytesIterator: PyType, bytearrayIterator: PyType
    public let set: PyType, frozenset: PyType, range: PyType, slice: PyType
    public let none: PyType, notImplemented: PyType, ellipsis: PyType
    public let function: PyType, builtinFunction: PyType, method: PyType, code: PyType
    public let cell: PyType, module: PyType, traceback: PyType, frame: PyType
    public let iterator: PyType, dictKeyIterator: PyType, callableIterator: PyType
    public let listIterator: PyType, tupleIterator: PyType, strIterator: PyType, rangeIterator: PyType, mapIterator: PyType, filterIterator: PyType, zipIterator: PyType, enumerateIterator: PyType, reversedIterator: PyType
    public let listReverseIterator: PyType
    public let setIterator: PyType, dictValueIterator: PyType, dictItemIterator: PyType
    public let dictReverseKeyIterator: PyType, dictReverseValueIterator: PyType, dictReverseItemIterator: PyType
    public let dictKeys: PyType, dictValues: PyType, dictItems: PyType, mappingProxy: PyType
    public let property: PyType, staticMethod: PyType, classMethod: PyType, superType: PyType
    // Descriptors of builtin types and what binding them gives (Types/Misc/PyNativeDescriptor.swift).
    public let methodDescriptor: PyType, wrapperDescriptor: PyType, methodWrapper: PyType
    public let classMethodDescriptor: PyType, getsetDescriptor: PyType, memberDescriptor: PyType
    public let genericAlias: PyType, unionType: PyType
    // Exceptions.
    public let baseException: PyType, exception: PyType, typeError: PyType
    public let valueError: PyType, attributeError: PyType, nameError: PyType
    public let unboundLocalError: PyType, indexError: PyType, keyError: PyType
    public let lookupError: PyType, zeroDivisionError: PyType, arithmeticError: PyType
    public let overflowError: PyType, stopIteration: PyType, runtimeError: PyType
    public let recursionError: PyType, notImplementedError: PyType, systemError: PyType
    public let assertionError: PyType, systemExit: PyType, keyboardInterrupt: PyType
    public let importError: PyType, moduleNotFoundError: PyType, unicodeError: PyType
    public let generatorExit: PyType
    public let unicodeDecodeError: PyType, unicodeEncodeError: PyType
}

public final class Runtime {
    // A `let` struct: reading `types.x` projects one field (an optional var would copy all of them).
    public let types: BuiltinTypes
    public let host: Host
    public let builtins: PyDict
    public var recursionLimit = 1000
    /// Python frames currently executing (for the recursion limit).
    var depth = 0
    /// Native re-entries into the eval loop currently active.
    var nativeDepth = 0
    /// Lowest usable address of the native stack of the thread running this runtime, when
    /// the host knows it (0 = unknown: a fixed re-entry depth limit applies instead).
    public var nativeStackLimit: UInt = 0
    public let noneObject: Value = .none
    public private(set) var notImplemented: PyObject! = nil
    public private(set) var ellipsis: PyObject! = nil
    private var interned: [ExactText: PyStrObject] = [:]
    private var staticNames = StaticNameTable()
    /// The one-character ASCII strs, shared as CPython shares them (Types/Str/PyStr+Bytes.swift).
    lazy var asciiCharacterStrs: [PyStrObject] = (0..<128).map { PyStrObject(type: types.str, String(UnicodeScalar(UInt8($0))), isASCII: true) }
    let stack: DataStack
    /// sys.argv as given by the front end.
    public var argv: [String] = []
    /// The exception being handled (sys.exc_info), a stack saved by PUSH_EXC_INFO.
    var handledException: Value = .none
    /// BaseExceptionGroup and ExceptionGroup (PyExceptionGroup.swift).
    var exceptionGroupTypes: ExceptionGroupTypes? = nil
    /// Set while a generator frame is resumed by throw(): the exception waits on its stack
    /// for YIELD_VALUE / RETURN_GENERATOR to raise it at the suspension point.
    var resumingWithError = false
    /// The generator whose frame is the innermost one resumed (YIELD_VALUE suspends it);
    /// each one links to the generator running when it was resumed.
    var runningGenerator: PyGenerator? = nil
    /// Generator, coroutine and async generator types (Types/Generator/).
    lazy var generatorSupport = GeneratorSupport(self)
    /// The Python frame that made the current call into a builtin (globals(), locals(), vars()).
    var callerFrame: Frame? = nil
    /// Frame records of the running code, reused in LIFO order.
    let frames = FrameStack()
    /// The import system's state: sys.modules, the search configuration (Modules/Import*.swift).
    public let imports = ImportState()
    /// How frozenset constants of code loaded from now on list their elements: `.iteration`
    /// when the front end compiled source and supplied the compiler's own set order.
    public var frozensetConstantOrder: FrozensetConstantOrder = .insertion
    /// Serial number stamped into NaNs made by float(), so each counts as a new object
    /// (Types/Float/PyFloat+Methods.swift).
    var nanSerial: UInt64 = 0
    /// sys.get_int_max_str_digits(): the int<->decimal str conversion limit (0 = none).
    public var intMaxStrDigits = Runtime.defaultIntMaxStrDigits
    /// Containers whose repr is being built (Py_ReprEnter), so cycles print as `[...]`.
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Instructions left before the next limit checkpoint (Embedding/ExecutionLimits.swift);
    /// Int.max when no limit is armed.
    var instructionBudget = Int.max
    /// The armed execution limits and their counters; nil when there are none.
    var limitState: LimitState? = nil
    /// Code objects the verifier accepted (PyCodeObject.init), at most `verifiedCodeCapacity`.
    var verifiedCode: Set<CodeVerificationKey> = []
    static let verifiedCodeCapacity = 20_000
    /// atexit.register()ed calls, run last registered first when the program ends.
    /// sys.addaudithook's hooks, called in order by sys.audit.
    var auditHooks: [Value] = []
    var atexitCallbacks: [(function: Value, args: [Value], kwargs: PyDict?)] = []

    deinit {
        // The lifecycle's reference is unretained (no weak side table): clear it so objects
        // outliving this runtime are freed without finalizers.
        types.type.lifecycle.runtime = nil
        staticNames.deallocate()
    }

    public init(host: Host) {
        // The eval loop reads Value's tag byte directly (Value.swift); a compiler that laid
        // the enum out differently must fail here, on every run, not misread values.
        precondition(valueLayoutIsExpected(),
                     "unexpected memory layout of Value")
        self.host = host
        self.stack = DataStack()
        // `type` and `object` first: every other type object needs them.
        let typeNamespace = PyDict(bootstrapDict: ())
        typeNamespace.typeEpoch = TypeEpoch()
        let typeType = PyType(metatype: nil, name: "type", bases: [], layout: .type,
                              isHeapType: false, namespace: typeNamespace)
        let objectType = PyType(metatype: typeType, name: "object", bases: [], layout: .object,
                                isHeapType: false, namespace: PyDict(bootstrapDict: ()))
        objectType.setLinearMRO()
        typeType.bases = [objectType]
        typeType.setLinearMRO()
        let dictType = PyType(metatype: typeType, name: "dict", bases: [objectType], layout: .dict,
                              isHeapType: false, namespace: PyDict(bootstrapDict: ()))
        dictType.setLinearMRO()
        for namespace in [typeNamespace, objectType.namespace, dictType.namespace] { namespace.type = dictType }
        self.builtins = PyDict(type: dictType)

        func make(_ name: String, _ base: PyType, _ layout: InstanceLayout) -> PyType {
            let t = PyType(metatype: typeType, name: name, bases: [base], layout: layout,
                           isHeapType: false, namespace: PyDict(type: dictType))
            t.setLinearMRO()
            return t
        }
        let int = make("int", objectType, .int)
        let baseException = make("BaseException", objectType, .baseException)
        let exception = make("Exception", baseException, .baseException)
        let lookupError = make("LookupError", exception, .baseException)
        let arithmeticError = make("ArithmeticError", exception, .baseException)
        let runtimeError = make("RuntimeError", exception, .baseException)
        let nameError = make("NameError", exception, .baseException)
        let importError = make("ImportError", exception, .baseException)
        let valueError = make("ValueError", exception, .baseException)
        let unicodeError = make("UnicodeError", valueError, .baseException)
        self.types = BuiltinTypes(
            object: objectType, type: typeType,
            int: int, bool: make("bool", int, .bool), float: make("float", objectType, .float),
            complex: make("complex", objectType, .complex),
            str: make("str", objectType, .str), bytes: make("bytes", objectType, .bytes),
            tuple: make("tuple", objectType, .tuple), list: make("list", objectType, .list), dict: dictType,
            bytearray: make("bytearray", objectType, .bytearray),
            bytesIterator: make("bytes_iterator", objectType, .iterator),
            bytearrayIterator: make("bytearray_iterator", objectType, .iterator),
            set: make("set", objectType, .set), frozenset: make("frozenset", objectType, .frozenset),
            range: make("range", objectType, .range), slice: make("slice", objectType, .slice),
            none: make("NoneType", objectType, .none),
            notImplemented: make("NotImplementedType", objectType, .notImplemented),
            ellipsis: make("ellipsis", objectType, .ellipsis),
            function: make("function", objectType, .function),
            builtinFunction: make("builtin_function_or_method", objectType, .builtinFunction),
            method: make("method", objectType, .method), code: make("code", objectType, .code),
            cell: make("cell", objectType, .cell), module: make("module", objectType, .module),
            traceback: make("traceback", objectType, .other), frame: make("frame", objectType, .other),
            iterator: make("iterator", objectType, .iterator),
            dictKeyIterator: make("dict_keyiterator", objectType, .iterator),
            callableIterator: make("callable_iterator", objectType, .iterator),
            listIterator: make("list_iterator", objectType, .iterator), tupleIterator: make("tuple_iterator", objectType, .iterator), strIterator: make("str_ascii_iterator", objectType, .iterator), rangeIterator: make("range_iterator", objectType, .iterator), mapIterator: make("map", objectType, .iterator), filterIterator: make("filter", objectType, .iterator), zipIterator: make("zip", objectType, .iterator), enumerateIterator: make("enumerate", objectType, .iterator), reversedIterator: make("reversed", objectType, .iterator),
            listReverseIterator: make("list_reverseiterator", objectType, .iterator),
            setIterator: make("set_iterator", objectType, .iterator),
            dictValueIterator: make("dict_valueiterator", objectType, .iterator),
            dictItemIterator: make("dict_itemiterator", objectType, .iterator),
            dictReverseKeyIterator: make("dict_reversekeyiterator", objectType, .iterator),
            dictReverseValueIterator: make("dict_reversevalueiterator", objectType, .iterator),
            dictReverseItemIterator: make("dict_reverseitemiterator", objectType, .iterator),
            dictKeys: make("dict_keys", objectType, .other), dictValues: make("dict_values", objectType, .other),
            dictItems: make("dict_items", objectType, .other), mappingProxy: make("mappingproxy", objectType, .other),
            property: make("property", objectType, .property),
            staticMethod: make("staticmethod", objectType, .staticMethod),
            classMethod: make("classmethod", objectType, .classMethod),
            superType: make("super", objectType, .superObject),
            methodDescriptor: make("method_descriptor", objectType, .other),
            wrapperDescriptor: make("wrapper_descriptor", objectType, .other),
            methodWrapper: make("method-wrapper", objectType, .other),
            classMethodDescriptor: make("classmethod_descriptor", objectType, .other),
            getsetDescriptor: make("getset_descriptor", objectType, .other),
            memberDescriptor: make("member_descriptor", objectType, .other),
            genericAlias: make("GenericAlias", objectType, .other),
            unionType: make("UnionType", objectType, .other),
            baseException: baseException, exception: exception,
            typeError: make("TypeError", exception, .baseException), valueError: valueError,
            attributeError: make("AttributeError", exception, .baseException), nameError: nameError,
            unboundLocalError: make("UnboundLocalError", nameError, .baseException),
            indexError: make("IndexError", lookupError, .baseException),
            keyError: make("KeyError", lookupError, .baseException), lookupError: lookupError,
            zeroDivisionError: make("ZeroDivisionError", arithmeticError, .baseException),
            arithmeticError: arithmeticError,
            overflowError: make("OverflowError", arithmeticError, .baseException),
            stopIteration: make("StopIteration", exception, .baseException), runtimeError: runtimeError,
            recursionError: make("RecursionError", runtimeError, .baseException),
            notImplementedError: make("NotImplementedError", runtimeError, .baseException),
            systemError: make("SystemError", exception, .baseException),
            assertionError: make("AssertionError", exception, .baseException),
            systemExit: make("SystemExit", baseException, .baseException),
            keyboardInterrupt: make("KeyboardInterrupt", baseException, .baseException),
            importError: importError,
            moduleNotFoundError: make("ModuleNotFoundError", importError, .baseException),
            unicodeError: unicodeError,
            generatorExit: make("GeneratorExit", baseException, .baseException),
            unicodeDecodeError: make("UnicodeDecodeError", unicodeError, .baseException),
            unicodeEncodeError: make("UnicodeEncodeError", unicodeError, .baseException))
        typeType.lifecycle.runtime = self
        // The typing objects live in the `types` module (`<class 'types.GenericAlias'>`).
        types.genericAlias.moduleName = "types"
        types.unionType.moduleName = "types"
        notImplemented = PyObject(type: types.notImplemented)
        ellipsis = PyObject(type: types.ellipsis)
        installBuiltins()
    }

    /// The interned str for a name written in the source (keyed by the literal's address,
    /// which is cheaper than hashing the text on every attribute lookup).
    @inline(__always)
    func staticName(_ name: StaticString) -> PyStrObject {
        let key = UnsafeRawPointer(name.utf8Start)
        if let s = staticNames.find(key) { return s }
        return internStaticName(name)
    }

    @inline(never)
    private func internStaticName(_ name: StaticString) -> PyStrObject {
        let s = intern(name.description)
        staticNames.insert(UnsafeRawPointer(name.utf8Start), s)
        return s
    }

    /// The interned str object for `name` (names compare by identity on the hot path).
    public func intern(_ name: String) -> PyStrObject {
        let key = ExactText(name)
        if let s = interned[key] { return s }
        let s = PyStrObject(type: types.str, name)
        interned[key] = s
        return s
    }

    /// The name object for getattr/setattr/delattr/hasattr: an exact str as it is (no
    /// interning by hashing its text again), a str subclass's text interned; nil otherwise.
    func attributeName(_ v: Value) -> PyStrObject? {
        guard case .object(let o) = v else { return nil }
        if o.type === types.str { return unsafeDowncast(o, to: PyStrObject.self) }
        return strValue(v).map { intern($0) }
    }

    public func str(_ text: String) -> Value { .object(PyStrObject(type: types.str, text)) }

    public func tuple(_ items: [Value]) -> Value { .object(PyTuple(type: types.tuple, items)) }

    public func list(_ items: [Value]) -> Value { .object(PyList(type: types.list, items)) }

    public func newDict() -> PyDict { PyDict(type: types.dict) }

    /// A new exception instance of `type` with one message argument.
    public func error(_ type: PyType, _ message: String) -> PyException {
        PyException(PyBaseException(type: type, args: [str(message)]))
    }

    public func error(_ type: PyType, args: [Value]) -> PyException {
        PyException(PyBaseException(type: type, args: args))
    }

    /// Converts a marshalled constant into a runtime value.
    public func value(fromConstant constant: PyConstant) throws -> Value {
        switch constant {
        case .null: return .null
        case .none: return .none
        case .stopIteration: return .object(types.stopIteration)
        case .ellipsis: return .object(ellipsis)
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let big): return makeInt(bigIntFromDigits(big))
        case .float(let d): return .float(d)
        case .complex(let real, let imag): return .object(PyComplex(type: types.complex, real: real, imag: imag))
        case .str(let s):
            // Constants with lone surrogates keep their exact code points (not interned).
            if String(validating: s.utf8, as: UTF8.self) == nil {
                return .object(PyStrObject(type: types.str, codePoints: s.codePoints))
            }
            return .object(intern(s.string))
        case .bytes(let b): return .object(PyBytes(type: types.bytes, b))
        case .tuple(let items): return tuple(try items.map { try value(fromConstant: $0) })
        case .list(let items): return list(try items.map { try value(fromConstant: $0) })
        case .frozenset(let items):
            return .object(try setConstant(types.frozenset, try items.map { try value(fromConstant: $0) }))
        case .set(let items):
            return .object(try setConstant(types.set, try items.map { try value(fromConstant: $0) }))
        case .dict:
            throw error(types.notImplementedError, "dict constants are not supported yet")
        case .code(let code): return .object(try PyCodeObject(type: types.code, code: code, rt: self))
        }
    }
}

