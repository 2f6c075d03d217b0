"""Differential check of resume functions on stock CPython 3.11 (RESUME.md F, property P2).

For each (function, arguments) of tools/resume/corpus.py: run it uninterrupted, recording
its result (or exception) and side-effect log. Run it again under sys.settrace with opcode
events; at every instruction boundary (every visit, so loops are resumed at each
iteration) copy the frame's locals, cells and log so far. pyvm generates the resume
function for that boundary (`pyvm --toolkit resume`), assuming an empty operand stack and
the locals that were bound; boundaries where the stack is not empty are refused by pyvm
(stackMismatch) and only counted. Each generated code object is marshalled, loaded into
python3 and called with the copied state; result and log must equal the uninterrupted run.

What this covers: every reachable boundary with an empty stack (statement boundaries and
more: loop heads with the iterator on the stack are not covered, their stack is not empty),
locals bound/unbound/deleted, cells (fresh cells holding the copied values: sharing with
inner functions made before the boundary is not exercised, such boundaries are skipped),
try bodies, refusals inside handlers. Also: for later boundaries, generating from a
generated function must give the very same cached code (resume-of-resume).
Usage: python3 tools/resume_check.py [--pyvm PATH] [--mode exact|dynamo] [--verbose]
"""
import argparse
import collections
import copy
import ctypes
import dis
import marshal
import os
import subprocess
import sys
import tempfile
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'resume'))
import corpus  # noqa: E402

MAX_SNAPSHOTS = 300


def outcome(fn, args):
    try:
        return ('ok', repr(fn(*args)))
    except Exception as e:  # the corpus raises only Exception subclasses
        return ('raise', type(e).__name__, repr(e.args))


NULL = object()  # stands for a NULL stack slot in a snapshot

# CPython 3.11.7's frame layout (Include/internal/pycore_frame.h, Include/cpython/frameobject.h
# via pycore_frame.h): PyFrameObject.f_frame after the object header and f_back;
# _PyInterpreterFrame: 8 pointers, `int stacktop`, two chars, then localsplus[]. The
# tracer runs with stacktop saved (ceval DO_TRACING), so the operand stack is
# localsplus[nlocalsplus:stacktop].
FRAME_F_FRAME = 24
IFRAME_STACKTOP = 64
IFRAME_LOCALSPLUS = 72


def operand_stack(frame):
    """The frame's operand stack, bottom first, NULL slots as NULL (read with ctypes)."""
    code = frame.f_code
    nlocalsplus = (len(code.co_varnames) + len(set(code.co_cellvars) - set(code.co_varnames))
                   + len(code.co_freevars))
    iframe = ctypes.c_void_p.from_address(id(frame) + FRAME_F_FRAME).value
    stacktop = ctypes.c_int.from_address(iframe + IFRAME_STACKTOP).value
    assert nlocalsplus <= stacktop <= nlocalsplus + code.co_stacksize, 'unexpected frame layout'
    result = []
    for slot in range(nlocalsplus, stacktop):
        pointer = ctypes.c_void_p.from_address(iframe + IFRAME_LOCALSPLUS + 8 * slot).value
        result.append(NULL if pointer is None else ctypes.cast(pointer, ctypes.py_object).value)
    return result


def copy_state(state):
    """Deep copy that keeps module globals (LOG, classes) themselves: the stack may hold
    `LOG.append` or LOG itself, which must stay the list the run logs to. The log's own
    contents are copied because the snapshot's log is a separate list."""
    state_values, stack_values, log = state
    memo = {id(v): v for v in vars(corpus).values()}
    return copy.deepcopy((state_values, stack_values), memo) + (copy.deepcopy(log),)


def is_with_exit(value):
    return isinstance(value, types.MethodType) and value.__name__ == '__exit__'


def reenter_token(exit_method):
    """`w` plus the constructor arguments that rebuild the context (corpus.Ctx only)."""
    manager = exit_method.__self__
    if isinstance(manager, corpus.Ctx):
        return f'w:s{manager.name}:b{int(manager.suppress)}'
    return 'w'


def snapshots(fn, args, mode):
    """(offset, stack layout, copy of (locals, stack values, log)) at every opcode event of
    fn's own frame; the copy is None when the state cannot be copied faithfully."""
    code = fn.__code__
    result = []
    top = []

    def tracer(frame, event, arg):
        if frame.f_code is not code or (top and frame is not top[0]):
            return None
        if not top:
            top.append(frame)
        frame.f_trace_opcodes = True
        if event == 'opcode' and len(result) < MAX_SNAPSHOTS:
            stack = operand_stack(frame)
            # Dynamo-compatible mode re-enters with blocks: their __exit__ slot is passed as
            # the context manager's class, constructed again without arguments.
            reenter = mode == 'dynamo'
            layout = ' '.join('n' if v is NULL else reenter_token(v) if reenter and is_with_exit(v) else 'v'
                              for v in stack) or '-'
            stack = [type(v.__self__) if reenter and is_with_exit(v) else v for v in stack]
            state = dict(frame.f_locals)
            values = [v for v in stack if v is not NULL]
            # Closures would keep the traced run's cells; deepcopy builds broken super objects.
            closures = any(isinstance(v, types.FunctionType) and v.__closure__ or isinstance(v, super)
                           for v in list(state.values()) + values)
            try:
                copied = copy_state((state, values, list(corpus.LOG)))
            except Exception:
                copied = None
            result.append((frame.f_lasti, layout, None if closures else copied))
        return tracer

    corpus.LOG.clear()
    sys.settrace(tracer)
    try:
        outcome(fn, args)
    finally:
        sys.settrace(None)
    return result


def instruction_fronts(code):
    """Front offset of each instruction (EXTENDED_ARG prefixes folded), in order."""
    fronts = []
    pending = None
    for ins in dis.get_instructions(code):
        if ins.opname == 'EXTENDED_ARG':
            pending = ins.offset if pending is None else pending
            continue
        fronts.append(ins.offset if pending is None else pending)
        pending = None
    return fronts


def map_offset(original, resumed, offset):
    """Where the original's instruction at `offset` is in a resume function generated from
    it: walk both backwards in lockstep (the resume function is a prologue plus the
    original). Zero-argument super() calls were rewritten `super(__class__, first)`: the
    original PRECALL 0 corresponds to the inserted LOAD_DEREF __class__."""
    def instructions(code):
        result, pending = [], None
        for ins in dis.get_instructions(code):
            if ins.opname == 'EXTENDED_ARG':
                pending = ins.offset if pending is None else pending
                continue
            result.append((ins.opname, ins.arg, ins.offset if pending is None else pending))
            pending = None
        return result
    a, b = instructions(original), instructions(resumed)
    i, j = len(a) - 1, len(b) - 1
    while i >= 0:
        if a[i][0] == 'PRECALL' and a[i][1] == 0 and b[j][0] == 'PRECALL' and b[j][1] == 2:
            j -= 2  # PRECALL 2 and the first-argument load were inserted
        if a[i][2] == offset:
            return b[j][2]
        i, j = i - 1, j - 1
    raise ValueError(offset)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--mode', default='exact', choices=['exact', 'dynamo'])
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args()
    naming = 'original' if args.mode == 'exact' else 'resume'
    work = tempfile.mkdtemp(prefix='resume_check_')
    jobs = []  # (case index, function, args, expected, offset, state, out path)
    requests = []
    for case_index, (fn, fn_args) in enumerate(corpus.CASES):
        corpus.LOG.clear()
        expected = (outcome(fn, copy.deepcopy(fn_args)), list(corpus.LOG))
        code_path = os.path.join(work, f'case{case_index}.marshal')
        with open(code_path, 'wb') as f:
            f.write(marshal.dumps(fn.__code__))
        plain = set(fn.__code__.co_varnames) - set(fn.__code__.co_cellvars)
        for n, (offset, layout, state) in enumerate(snapshots(fn, copy.deepcopy(fn_args), args.mode)):
            out = os.path.join(work, f'case{case_index}_{n}.marshal')
            bound = ','.join(sorted(name for name in (state[0] if state else {}) if name in plain)) or ','
            requests.append(f'{code_path}\t{offset}\t{layout}\t{bound}\t{args.mode}\t{naming}\t{out}')
            jobs.append((case_index, fn, expected, offset, layout, state, out))
    # Resume-of-resume: for each case, the function generated at the first accepted
    # boundary is asked for every later boundary; answers must be the cached direct ones.
    requests_path = os.path.join(work, 'requests.tsv')
    with open(requests_path, 'w') as f:
        f.write('\n'.join(requests) + '\n')
    lines = subprocess.run([args.pyvm, '--toolkit', 'resume', requests_path],
                           capture_output=True, text=True).stdout.splitlines()
    if len(lines) != len(jobs):
        print(f'pyvm answered {len(lines)} of {len(jobs)} requests')
        return 1
    counts = collections.Counter()
    failures = []
    first_ok = {}
    second = []
    for (case_index, fn, expected, offset, layout, state, out), line in zip(jobs, lines):
        if not line.startswith('ok'):
            counts[line.split(':')[0]] += 1
            if args.verbose:
                print(fn.__name__, offset, line)
            continue
        if state is None:
            counts['skipped (state not copyable or shares cells)'] += 1
            continue
        with open(out, 'rb') as f:
            code = marshal.load(f)
        fields = dict(item.split('=', 1) for item in line.split()[1:])
        local_names = [n for n in fields['locals'].split(',') if n]
        closure_names = [n for n in fields['closure'].split(',') if n]
        values, stack_values, log = copy_state(state)
        cells = tuple(types.CellType(values[n]) if n in values else types.CellType() for n in closure_names)
        resumed = types.FunctionType(code, corpus.__dict__, code.co_name, None, cells or None)
        corpus.LOG[:] = log
        got = (outcome(resumed, stack_values + [values[n] for n in local_names]), list(corpus.LOG))
        if got == expected:
            counts['ok, same result and log'] += 1
        elif any(token.startswith('w') for token in layout.split(' ')):
            # Re-entering adds an enter and an exit of a fresh context (and a suppressed
            # exception ends in dynamo's TypeError): counted, not compared.
            same = got[0] == expected[0]
            counts['re-entered with block: ' + ('same result' if same else 'different result')] += 1
            if args.verbose:
                print(f'{fn.__name__} at {offset} re-entered: expected {expected}, got {got}')
        else:
            counts['DIFFERENT'] += 1
            failures.append(f'{fn.__name__} at {offset}: expected {expected}, got {got}')
        if case_index not in first_ok:
            first_ok[case_index] = (out, code)
        else:
            base_path, base_code = first_ok[case_index]
            mapped = map_offset(fn.__code__, base_code, offset)
            bound = ','.join(local_names) or ','
            again = out + '.again'
            second.append((out, again, f'{base_path}\t{mapped}\t{layout}\t{bound}\t{args.mode}\t{naming}\t{again}'))
    # Replay the direct requests (the base functions and the later boundaries) first, so the
    # cache knows the base functions and holds the direct answers; then the resume-of-resume
    # requests: each must be a cache hit with identical bytes.
    if second:
        with open(requests_path, 'w') as f:
            wanted = {s[0] for s in second} | {path for path, _ in first_ok.values()}
            direct = [r for r in requests if r.split('\t')[-1] in wanted]
            f.write('\n'.join(direct + [s[2] for s in second]) + '\n')
        lines = subprocess.run([args.pyvm, '--toolkit', 'resume', requests_path],
                               capture_output=True, text=True).stdout.splitlines()[len(direct):]
        for (direct_path, again_path, _), line in zip(second, lines):
            same = (line.startswith('ok cache=hit') and open(direct_path, 'rb').read() == open(again_path, 'rb').read())
            counts['resume-of-resume: same cached code' if same else 'RESUME-OF-RESUME DIFFERENT'] += 1
            if not same:
                failures.append(f'resume-of-resume {again_path}: {line}')
    for failure in failures[:20]:
        print(failure)
    for key, value in sorted(counts.items()):
        print(f'{value:6d} {key}')
    print(f'{len(jobs)} boundaries in {len(corpus.CASES)} runs ({args.mode} mode)')
    return 1 if failures or len(lines) < len(second) else 0


if __name__ == '__main__':
    sys.exit(main())
