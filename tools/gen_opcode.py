"""Generates Sources/PyBytecode/Opcode/Opcode.swift from CPython 3.11's opcode module.

Run: python3 tools/gen_opcode.py > Sources/PyBytecode/Opcode/Opcode.swift
The stack effects live in Opcode+StackEffect.swift (hand-written, tested against
dis.stack_effect); this file only carries numbers, names, caches and argument kinds.
"""
import opcode

DOC = {
 'CACHE': 'inline cache unit; never executed',
 'POP_TOP': 'x ->', 'PUSH_NULL': '-> NULL', 'NOP': '(no effect)',
 'UNARY_POSITIVE': 'x -> +x', 'UNARY_NEGATIVE': 'x -> -x', 'UNARY_NOT': 'x -> not x', 'UNARY_INVERT': 'x -> ~x',
 'BINARY_SUBSCR': 'container, key -> container[key]', 'GET_LEN': 'x -> x, len(x)',
 'MATCH_MAPPING': 'subject -> subject, is_mapping', 'MATCH_SEQUENCE': 'subject -> subject, is_sequence',
 'MATCH_KEYS': 'subject, keys -> subject, keys, values_or_None',
 'PUSH_EXC_INFO': 'exc -> previous_exc, exc (exc becomes the handled exception)',
 'CHECK_EXC_MATCH': 'exc, type -> exc, matches', 'CHECK_EG_MATCH': 'eg, type -> rest, match',
 'WITH_EXCEPT_START': 'exit, lasti, prev_exc, exc -> ..., exc, exit(type, exc, tb)',
 'GET_AITER': 'x -> aiter(x)', 'GET_ANEXT': 'aiter -> aiter, awaitable', 'BEFORE_ASYNC_WITH': 'mgr -> aexit, aenter()',
 'BEFORE_WITH': 'mgr -> exit, enter()', 'END_ASYNC_FOR': 'aiter, exc -> (StopAsyncIteration ends the loop)',
 'STORE_SUBSCR': 'value, container, key -> (container[key] = value)', 'DELETE_SUBSCR': 'container, key -> (del container[key])',
 'GET_ITER': 'x -> iter(x)', 'GET_YIELD_FROM_ITER': 'x -> iter(x) unless x is a generator/coroutine',
 'PRINT_EXPR': 'x -> (sys.displayhook(x))', 'LOAD_BUILD_CLASS': '-> builtins.__build_class__',
 'LOAD_ASSERTION_ERROR': '-> AssertionError', 'RETURN_GENERATOR': '(creates the generator and returns it; resumed with None pushed)',
 'LIST_TO_TUPLE': 'list -> tuple(list)', 'RETURN_VALUE': 'x -> (return x)', 'IMPORT_STAR': 'module -> (from module import *)',
 'SETUP_ANNOTATIONS': '(creates __annotations__)', 'YIELD_VALUE': 'x -> sent value', 'ASYNC_GEN_WRAP': 'x -> wrapped x',
 'PREP_RERAISE_STAR': 'orig, excs -> exc_to_reraise_or_None', 'POP_EXCEPT': 'previous_exc -> (restores the handled exception)',
 'STORE_NAME': 'x -> (name = x)', 'DELETE_NAME': '(del name)', 'UNPACK_SEQUENCE': 'seq -> item[n-1] ... item[0]',
 'FOR_ITER': 'iter -> iter, next(iter); on exhaustion pops iter and jumps', 'UNPACK_EX': 'seq -> after..., list, before...',
 'STORE_ATTR': 'value, owner -> (owner.name = value)', 'DELETE_ATTR': 'owner -> (del owner.name)',
 'STORE_GLOBAL': 'x -> (global name = x)', 'DELETE_GLOBAL': '(del global name)', 'SWAP': 'swaps TOS with the i-th item',
 'LOAD_CONST': '-> co_consts[i]', 'LOAD_NAME': '-> value of name', 'BUILD_TUPLE': 'items(n) -> tuple',
 'BUILD_LIST': 'items(n) -> list', 'BUILD_SET': 'items(n) -> set', 'BUILD_MAP': 'key, value (n pairs) -> dict',
 'LOAD_ATTR': 'owner -> owner.name', 'COMPARE_OP': 'a, b -> a OP b', 'IMPORT_NAME': 'level, fromlist -> module',
 'IMPORT_FROM': 'module -> module, module.name', 'JUMP_FORWARD': '(jump forward)',
 'JUMP_IF_FALSE_OR_POP': 'x -> (jump keeping x if false, else pop)', 'JUMP_IF_TRUE_OR_POP': 'x -> (jump keeping x if true, else pop)',
 'POP_JUMP_FORWARD_IF_FALSE': 'x -> (jump if false)', 'POP_JUMP_FORWARD_IF_TRUE': 'x -> (jump if true)',
 'LOAD_GLOBAL': '-> [NULL,] global (arg = name<<1 | push_null)', 'IS_OP': 'a, b -> a is b (is not if arg)',
 'CONTAINS_OP': 'a, b -> a in b (not in if arg)', 'RERAISE': 'exc -> (re-raise; arg set: lasti restored from below)',
 'COPY': '-> copy of the i-th item', 'BINARY_OP': 'a, b -> a OP b (OP = NB_* arg)', 'SEND': 'receiver, value -> receiver, yielded (or result, jumping)',
 'LOAD_FAST': '-> local', 'STORE_FAST': 'x -> (local = x)', 'DELETE_FAST': '(del local)',
 'POP_JUMP_FORWARD_IF_NOT_NONE': 'x -> (jump if not None)', 'POP_JUMP_FORWARD_IF_NONE': 'x -> (jump if None)',
 'RAISE_VARARGS': 'exc[, cause] -> (raise)', 'GET_AWAITABLE': 'x -> awaitable(x)',
 'MAKE_FUNCTION': '[defaults, kwdefaults, annotations, closure,] code -> function', 'BUILD_SLICE': 'start, stop[, step] -> slice',
 'JUMP_BACKWARD_NO_INTERRUPT': '(jump backward without checking the eval breaker)', 'MAKE_CELL': '(local i becomes a cell holding its value)',
 'LOAD_CLOSURE': '-> cell i', 'LOAD_DEREF': '-> cell i contents', 'STORE_DEREF': 'x -> (cell i = x)', 'DELETE_DEREF': '(empty cell i)',
 'JUMP_BACKWARD': '(jump backward; checks the eval breaker)', 'CALL_FUNCTION_EX': 'NULL, func, args[, kwargs] -> result',
 'EXTENDED_ARG': '(prefix: arg of the next instruction |= this arg << 8)', 'LIST_APPEND': 'list at i, x -> (list.append(x))',
 'SET_ADD': 'set at i, x -> (set.add(x))', 'MAP_ADD': 'dict at i, key, value -> (dict[key] = value)',
 'LOAD_CLASSDEREF': '-> name from class locals or cell i', 'COPY_FREE_VARS': '(copies n closure cells into the last n slots)',
 'RESUME': '(start of a function or resumption point; arg says which)', 'MATCH_CLASS': 'subject, type, names -> attrs_tuple_or_None',
 'FORMAT_VALUE': 'x[, spec] -> formatted string', 'BUILD_CONST_KEY_MAP': 'values(n), keys_tuple -> dict',
 'BUILD_STRING': 'pieces(n) -> joined string', 'LOAD_METHOD': 'owner -> method, owner  or  NULL, attribute',
 'LIST_EXTEND': 'list at i, iterable -> (list.extend(iterable))', 'SET_UPDATE': 'set at i, iterable -> (set.update(iterable))',
 'DICT_MERGE': 'dict at i, mapping -> (merge, duplicate keys are errors)', 'DICT_UPDATE': 'dict at i, mapping -> (dict.update(mapping))',
 'PRECALL': 'callable-or-NULL, self-or-callable, args(n) -> same (unpacks bound methods)',
 'CALL': 'callable-or-NULL, self-or-callable, args(n) -> result', 'KW_NAMES': '(the next CALL takes keyword names co_consts[i])',
 'POP_JUMP_BACKWARD_IF_NOT_NONE': 'x -> (jump back if not None)', 'POP_JUMP_BACKWARD_IF_NONE': 'x -> (jump back if None)',
 'POP_JUMP_BACKWARD_IF_FALSE': 'x -> (jump back if false)', 'POP_JUMP_BACKWARD_IF_TRUE': 'x -> (jump back if true)',
}

ops = [(op, opcode.opname[op]) for op in range(256) if not opcode.opname[op].startswith('<')]
assert set(DOC) == {n for _, n in ops}, set(n for _, n in ops) ^ set(DOC)

def kind(op, name):
    if op in opcode.hasconst: return '.constant'
    if name == 'LOAD_GLOBAL': return '.globalName'
    if op in opcode.hasname: return '.name'
    if op in opcode.hasjrel: return '.jumpBackward' if 'JUMP_BACKWARD' in name else '.jumpForward'
    if op in opcode.haslocal: return '.local'
    if op in opcode.hasfree: return '.free'
    if op in opcode.hascompare: return '.compare'
    if name == 'BINARY_OP': return '.binaryOp'
    if name == 'FORMAT_VALUE': return '.formatValue'
    if name == 'MAKE_FUNCTION': return '.makeFunctionFlags'
    if op >= opcode.HAVE_ARGUMENT: return '.number'
    return '.none'

out = []
def w(line):
    # Wrap long `case .A, .B, ...: return x` lines at commas so the file stays readable.
    if len(line) <= 110 or not line.lstrip().startswith('case .'):
        out.append(line); return
    head, _, tail = line.rpartition(': return ')
    items = head.strip()[len('case '):].split(', ')
    cur = '        case '
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else ':')
        if len(cur) + len(piece) + 1 > 100 and cur.strip() != 'case':
            out.append(cur.rstrip()); cur = '             '
        cur += piece + ' '
    out.append(cur.rstrip())
    out.append('            return ' + tail)
w('// GENERATED by tools/gen_opcode.py from CPython 3.11\'s opcode module. Do not edit by hand.')
w('// Opcode numbers, dis names, inline cache counts and argument kinds; each case notes its stack effect.')
w('')
w('/// A CPython 3.11 opcode (the de-specialized set that appears in `co_code`).')
w('public enum Opcode: UInt8, CaseIterable, Sendable {')
for op, n in ops:
    w(f'    /// {DOC[n]}')
    w(f'    case {n} = {op}')
w('}')
w('')
w('/// How an instruction\'s argument is interpreted (the `dis` argument column).')
w('public enum ArgumentKind: Sendable, Equatable {')
for k, d in [('none', 'no argument (opcode < HAVE_ARGUMENT)'), ('number', 'a plain count or flag'),
             ('constant', 'index into co_consts'), ('name', 'index into co_names'),
             ('globalName', 'co_names index << 1 | push-NULL bit'), ('local', 'fast-local slot'),
             ('free', 'fast-local slot holding a cell or free variable'), ('compare', 'index into cmp_op'),
             ('jumpForward', 'relative jump forward in code units'), ('jumpBackward', 'relative jump backward in code units'),
             ('binaryOp', 'NB_* operator number'), ('formatValue', 'conversion | has-spec flag'),
             ('makeFunctionFlags', 'which extra values MAKE_FUNCTION pops')]:
    w(f'    /// {d}')
    w(f'    case {k}')
w('}')
w('')
w('extension Opcode {')
w('    /// Opcodes at or above this number take an argument.')
w('    public static let haveArgument: UInt8 = 90')
w('')
w('    /// The name `dis` prints.')
w('    public var name: String {')
w('        switch self {')
for op, n in ops:
    w(f'        case .{n}: return "{n}"')
w('        }')
w('    }')
w('')
w('    /// Number of inline CACHE code units that follow the instruction.')
w('    public var cacheCount: Int {')
w('        switch self {')
groups = {}
for op, n in ops:
    groups.setdefault(opcode._inline_cache_entries[op], []).append(n)
for c in sorted(groups):
    w(f'        case ' + ', '.join('.' + n for n in groups[c]) + f': return {c}')
w('        }')
w('    }')
w('')
w('    /// How the argument is read.')
w('    public var argumentKind: ArgumentKind {')
w('        switch self {')
kgroups = {}
for op, n in ops:
    kgroups.setdefault(kind(op, n), []).append(n)
for k in sorted(kgroups):
    w(f'        case ' + ', '.join('.' + n for n in kgroups[k]) + f': return {k}')
w('        }')
w('    }')
w('}')
print('\n'.join(out))
