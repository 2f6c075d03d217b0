// Stack effects of CPython 3.11 opcodes (compile.c `stack_effect`), checked
// against `dis.stack_effect` in OpcodeTests. Exhaustive: a new opcode must be placed here.

extension Opcode {
    /// Net change of the stack depth. `jump`: true for the branch taken, false for the
    /// fall-through, nil for the maximum of both (what `dis.stack_effect` returns by default).
    public func stackEffect(arg: Int, jump: Bool? = nil) -> Int {
        func branch(taken: Int, notTaken: Int) -> Int {
            switch jump {
            case .some(true): return taken
            case .some(false): return notTaken
            case .none: return max(taken, notTaken)
            }
        }
        func bit(_ mask: Int) -> Int { arg & mask != 0 ? 1 : 0 }
        switch self {
        case .CACHE, .NOP, .EXTENDED_ARG, .RESUME, .KW_NAMES: return 0
        case .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_NOT, .UNARY_INVERT: return 0
        case .GET_ITER, .GET_YIELD_FROM_ITER, .GET_AITER, .GET_AWAITABLE: return 0
        case .LIST_TO_TUPLE, .SETUP_ANNOTATIONS, .YIELD_VALUE, .ASYNC_GEN_WRAP: return 0
        case .RETURN_GENERATOR, .CHECK_EXC_MATCH, .CHECK_EG_MATCH, .SWAP, .LOAD_ATTR: return 0
        case .DELETE_NAME, .DELETE_GLOBAL, .DELETE_FAST, .DELETE_DEREF, .MAKE_CELL: return 0
        case .COPY_FREE_VARS, .JUMP_FORWARD, .JUMP_BACKWARD, .JUMP_BACKWARD_NO_INTERRUPT: return 0
        case .PUSH_NULL, .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS: return 1
        case .PUSH_EXC_INFO, .WITH_EXCEPT_START, .GET_ANEXT, .BEFORE_ASYNC_WITH, .BEFORE_WITH: return 1
        case .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR, .LOAD_CONST, .LOAD_NAME, .IMPORT_FROM: return 1
        case .COPY, .LOAD_FAST, .LOAD_CLOSURE, .LOAD_DEREF, .LOAD_CLASSDEREF, .LOAD_METHOD: return 1
        case .POP_TOP, .BINARY_SUBSCR, .PRINT_EXPR, .RETURN_VALUE, .IMPORT_STAR: return -1
        case .PREP_RERAISE_STAR, .POP_EXCEPT, .STORE_NAME, .DELETE_ATTR, .STORE_GLOBAL: return -1
        case .COMPARE_OP, .IMPORT_NAME, .IS_OP, .CONTAINS_OP, .RERAISE, .BINARY_OP: return -1
        case .STORE_FAST, .STORE_DEREF, .LIST_APPEND, .SET_ADD, .CALL: return -1
        case .LIST_EXTEND, .SET_UPDATE, .DICT_MERGE, .DICT_UPDATE: return -1
        case .POP_JUMP_FORWARD_IF_FALSE, .POP_JUMP_FORWARD_IF_TRUE: return -1
        case .POP_JUMP_FORWARD_IF_NONE, .POP_JUMP_FORWARD_IF_NOT_NONE: return -1
        case .POP_JUMP_BACKWARD_IF_FALSE, .POP_JUMP_BACKWARD_IF_TRUE: return -1
        case .POP_JUMP_BACKWARD_IF_NONE, .POP_JUMP_BACKWARD_IF_NOT_NONE: return -1
        case .END_ASYNC_FOR, .DELETE_SUBSCR, .STORE_ATTR, .MAP_ADD, .MATCH_CLASS: return -2
        case .STORE_SUBSCR: return -3
        case .UNPACK_SEQUENCE: return arg - 1
        case .UNPACK_EX: return (arg & 0xFF) + (arg >> 8)
        case .FOR_ITER: return branch(taken: -1, notTaken: 1)
        case .SEND: return branch(taken: -1, notTaken: 0)
        case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP: return branch(taken: 0, notTaken: -1)
        case .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_STRING: return 1 - arg
        case .BUILD_MAP: return 1 - 2 * arg
        case .BUILD_CONST_KEY_MAP, .RAISE_VARARGS, .PRECALL: return -arg
        case .LOAD_GLOBAL: return 1 + (arg & 1)
        case .MAKE_FUNCTION: return -(bit(0x01) + bit(0x02) + bit(0x04) + bit(0x08))
        case .BUILD_SLICE: return arg == 3 ? -2 : -1
        case .CALL_FUNCTION_EX: return -2 - bit(0x01)
        case .FORMAT_VALUE: return arg & 0x04 != 0 ? -1 : 0
        }
    }

    /// The kind of control transfer an instruction makes.
    public var isJump: Bool {
        switch argumentKind {
        case .jumpForward, .jumpBackward: return true
        default: return false
        }
    }

    /// Instructions after which execution never falls through to the next one.
    public var isTerminal: Bool {
        switch self {
        case .RETURN_VALUE, .RAISE_VARARGS, .RERAISE, .JUMP_FORWARD, .JUMP_BACKWARD,
             .JUMP_BACKWARD_NO_INTERRUPT:
            return true
        default:
            return false
        }
    }

    /// True when the opcode reads its argument (number >= HAVE_ARGUMENT).
    public var hasArgument: Bool { rawValue >= Opcode.haveArgument }
}
