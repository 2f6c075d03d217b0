// How many stack items an instruction reads (pops or peeks below the top) in CPython 3.11's
// ceval.c. The net effect (Opcode+StackEffect) alone cannot prove that LOAD_ATTR never runs
// on an empty stack or that LIST_APPEND's PEEK(oparg) stays inside the frame; this can.

extension Opcode {
    /// Items that must be on the stack before the instruction runs.
    public func stackInputs(arg: Int) -> Int {
        func bit(_ mask: Int) -> Int { arg & mask != 0 ? 1 : 0 }
        switch self {
        case .CACHE, .NOP, .EXTENDED_ARG, .RESUME, .KW_NAMES, .PUSH_NULL: return 0
        case .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR, .RETURN_GENERATOR, .SETUP_ANNOTATIONS: return 0
        case .DELETE_NAME, .DELETE_GLOBAL, .DELETE_FAST, .DELETE_DEREF, .MAKE_CELL: return 0
        case .LOAD_CONST, .LOAD_NAME, .LOAD_GLOBAL, .LOAD_FAST, .LOAD_CLOSURE, .LOAD_DEREF: return 0
        case .LOAD_CLASSDEREF, .COPY_FREE_VARS: return 0
        case .JUMP_FORWARD, .JUMP_BACKWARD, .JUMP_BACKWARD_NO_INTERRUPT: return 0
        case .POP_TOP, .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_NOT, .UNARY_INVERT: return 1
        case .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .PUSH_EXC_INFO, .GET_AITER: return 1
        case .GET_ANEXT, .BEFORE_ASYNC_WITH, .BEFORE_WITH, .GET_ITER, .GET_YIELD_FROM_ITER: return 1
        case .PRINT_EXPR, .LIST_TO_TUPLE, .RETURN_VALUE, .IMPORT_STAR, .YIELD_VALUE: return 1
        case .ASYNC_GEN_WRAP, .POP_EXCEPT, .STORE_NAME, .UNPACK_SEQUENCE, .FOR_ITER: return 1
        case .UNPACK_EX, .DELETE_ATTR, .STORE_GLOBAL, .LOAD_ATTR, .IMPORT_FROM: return 1
        case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP: return 1
        case .POP_JUMP_FORWARD_IF_FALSE, .POP_JUMP_FORWARD_IF_TRUE: return 1
        case .POP_JUMP_FORWARD_IF_NONE, .POP_JUMP_FORWARD_IF_NOT_NONE: return 1
        case .POP_JUMP_BACKWARD_IF_FALSE, .POP_JUMP_BACKWARD_IF_TRUE: return 1
        case .POP_JUMP_BACKWARD_IF_NONE, .POP_JUMP_BACKWARD_IF_NOT_NONE: return 1
        case .STORE_FAST, .GET_AWAITABLE, .STORE_DEREF, .LOAD_METHOD: return 1
        case .BINARY_SUBSCR, .MATCH_KEYS, .CHECK_EXC_MATCH, .CHECK_EG_MATCH, .END_ASYNC_FOR: return 2
        case .DELETE_SUBSCR, .PREP_RERAISE_STAR, .STORE_ATTR, .COMPARE_OP, .IMPORT_NAME: return 2
        case .IS_OP, .CONTAINS_OP, .BINARY_OP, .SEND: return 2
        case .STORE_SUBSCR, .MATCH_CLASS: return 3
        // exit function, lasti, previous exception, exception: the function is read 4 deep
        case .WITH_EXCEPT_START: return 4
        case .SWAP, .COPY, .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_STRING: return arg
        case .RAISE_VARARGS, .BUILD_SLICE: return arg
        case .BUILD_MAP: return 2 * arg
        case .RERAISE: return 1 + arg
        case .MAKE_FUNCTION: return 1 + bit(0x01) + bit(0x02) + bit(0x04) + bit(0x08)
        case .CALL_FUNCTION_EX: return 3 + bit(0x01)
        case .FORMAT_VALUE: return 1 + (arg & 0x04 != 0 ? 1 : 0)
        case .LIST_APPEND, .SET_ADD, .LIST_EXTEND, .SET_UPDATE, .DICT_UPDATE: return arg + 1
        case .BUILD_CONST_KEY_MAP: return arg + 1
        // DICT_MERGE names the called function (PEEK(oparg + 2)) in its error message
        case .MAP_ADD, .DICT_MERGE: return arg + 2
        // The analysis books 3.11's call as compile.c does: PRECALL n takes the n arguments,
        // CALL the callable pair. The verifier pins CALL to its PRECALL (same argument, adjacent,
        // never a jump target), so the whole call's n + 2 items are proven at PRECALL.
        case .PRECALL: return arg + 2
        case .CALL: return 2
        }
    }
}
