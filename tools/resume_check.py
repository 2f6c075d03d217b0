"""Differential check of resume functions on stock CPython 3.11 (RESUME.md F, property P2).

For each (function, arguments) of tools/resume/corpus.py: run it uninterrupted, recording
its result (or exception) and side-effect log. Run it again under sys.settrace with opcode
events; at every instruction boundary (every visit, so loops are resumed at each
iteration) copy the frame's operand stack, locals and log so far. pyvm generates the
resume function for that boundary (`pyvm --toolkit resume`) from the stack layout and the
bound locals, or refuses with a reason (counted by kind). Each generated code object is
marshalled, loaded into python3 and called with the copied state; result and log must
equal the uninterrupted run.

What this covers: every reachable boundary, with the real operand stack read through
ctypes (NULLs included; CPython 3.11.7's frame layout) and the locals that were bound;
cells: fresh cells holding copies, or, when closures made before the boundary share the
frame's cells, the frame's own cell objects (that run is stopped at the boundary, so the
sharing is exercised); try bodies and with blocks; refusals inside handlers and between
KW_NAMES and CALL. States deepcopy cannot copy (generators on the stack, super objects)
are skipped. In dynamo mode, with blocks' __exit__ slots are re-entered (class plus
constructor arguments); such a run must log exactly one extra `enter` per re-entered block
and otherwise match, or (a suppressing context) end in dynamo's `raise None` TypeError.
Also: for later boundaries, generating from a generated function must give the very same
cached code (resume-of-resume).
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

MAX_SNAPSHOTS = 1000


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


def copy_state(state, keep=()):
    """Deep copy that keeps module globals (LOG, classes) themselves: the stack may hold
    `LOG.append` or LOG itself, which must stay the list the run logs to. The log's own
    contents are copied because the snapshot's log is a separate list. Objects in `keep`
    (the frame's cells, when the run stops there) are shared, not copied."""
    state_values, stack_values, log = state
    memo = {id(v): v for v in list(vars(corpus).values()) + list(keep)}
    return copy.deepcopy((state_values, stack_values), memo) + (copy.deepcopy(log),)


def frame_cells(frame):
    """The frame's cell objects by name (its cellvars and freevars), read with ctypes."""
    code = frame.f_code
    names = (list(code.co_varnames) + [c for c in code.co_cellvars if c not in code.co_varnames]
             + list(code.co_freevars))
    iframe = ctypes.c_void_p.from_address(id(frame) + FRAME_F_FRAME).value
    cells = {}
    for name in list(code.co_cellvars) + list(code.co_freevars):
        pointer = ctypes.c_void_p.from_address(iframe + IFRAME_LOCALSPLUS + 8 * names.index(name)).value
        cell = ctypes.cast(pointer, ctypes.py_object).value
        assert isinstance(cell, types.CellType), 'unexpected frame layout'
        cells[name] = cell
    return cells


class Stop(BaseException):
    """Ends a run at the boundary whose state is taken with the frame's own cells."""


def is_with_exit(value):
    return isinstance(value, types.MethodType) and value.__name__ == '__exit__'


def reenter_token(exit_method):
    """`w` plus the constructor arguments that rebuild the context (corpus.Ctx only)."""
    manager = exit_method.__self__
    if isinstance(manager, corpus.Ctx):
        return f'w:s{manager.name}:b{int(manager.suppress)}'
    return 'w'


def snapshots(fn, args, mode, stop_at=None):
    """At every opcode event of fn's own frame: (offset, stack layout, bound names, state,
    shares_cells). state is a copy of (locals, stack values, log, cells): cells is None
    when fresh cells holding the copied values will do. When closures made before the
    boundary hold the frame's cells, copies cannot share them: such a snapshot has
    shares_cells set and no state, and `stop_at=n` runs again, stops the run at event n
    (raising Stop from the tracer, so nothing changes the cells afterwards) and returns
    that one snapshot with the frame's own cells."""
    code = fn.__code__
    result = []
    top = []
    plain = set(code.co_varnames) - set(code.co_cellvars)

    def tracer(frame, event, arg):
        if frame.f_code is not code or (top and frame is not top[0]) or (stop_at is not None and result):
            return None
        if not top:
            top.append(frame)
        frame.f_trace_opcodes = True
        if event != 'opcode' or len(result) >= MAX_SNAPSHOTS:
            return tracer
        events.append(frame.f_lasti)
        if stop_at is not None and len(events) - 1 != stop_at:
            return tracer
        stack = operand_stack(frame)
        # Dynamo-compatible mode re-enters with blocks: their __exit__ slot is passed as
        # the context manager's class, constructed again with its constructor arguments.
        reenter = mode == 'dynamo'
        layout = ' '.join('n' if v is NULL else reenter_token(v) if reenter and is_with_exit(v) else 'v'
                          for v in stack) or '-'
        stack = [type(v.__self__) if reenter and is_with_exit(v) else v for v in stack]
        state = dict(frame.f_locals)
        bound = sorted(name for name in state if name in plain)
        values = [v for v in stack if v is not NULL]
        everything = list(state.values()) + values
        shares_cells = any(isinstance(v, types.FunctionType) and v.__closure__ for v in everything)
        copied = None
        # deepcopy builds broken super objects: such states are not copied at all.
        if not any(isinstance(v, super) for v in everything) and (stop_at is not None or not shares_cells):
            cells = frame_cells(frame) if stop_at is not None else {}
            try:
                copied = copy_state((state, values, list(corpus.LOG)), cells.values()) + (cells or None,)
            except Exception:
                copied = None
        result.append((frame.f_lasti, layout, bound, copied, shares_cells))
        if stop_at is not None:
            raise Stop
        return tracer

    events = []
    corpus.LOG.clear()
    sys.settrace(tracer)
    try:
        outcome(fn, args)
    except Stop:
        pass
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
        for n, (offset, layout, bound, state, shares_cells) in enumerate(
                snapshots(fn, copy.deepcopy(fn_args), args.mode)):
            if shares_cells:
                stopped = snapshots(fn, copy.deepcopy(fn_args), args.mode, stop_at=n)
                state = stopped[0][3] if stopped and stopped[0][0] == offset else None
            out = os.path.join(work, f'case{case_index}_{n}.marshal')
            bound = ','.join(bound) or ','
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
            counts['skipped (state deepcopy cannot copy: generators, super objects)'] += 1
            continue
        with open(out, 'rb') as f:
            code = marshal.load(f)
        fields = dict(item.split('=', 1) for item in line.split()[1:])
        local_names = [n for n in fields['locals'].split(',') if n]
        closure_names = [n for n in fields['closure'].split(',') if n]
        values, stack_values, log, frame_cells_by_name = state
        if frame_cells_by_name:  # the stopped run's own cells: used once, shared
            counts['(of which with the frame\'s own cells)'] += 1
            cells = tuple(frame_cells_by_name[n] for n in closure_names)
        else:
            values, stack_values, log = copy_state((values, stack_values, log))
            cells = tuple(types.CellType(values[n]) if n in values else types.CellType() for n in closure_names)
        resumed = types.FunctionType(code, corpus.__dict__, code.co_name, None, cells or None)
        corpus.LOG[:] = log
        got = (outcome(resumed, stack_values + [values[n] for n in local_names]), list(corpus.LOG))
        if got == expected:
            counts['ok, same result and log'] += 1
        elif any(token.startswith('w') for token in layout.split(' ')):
            # P5: re-entering logs one extra `enter` per re-entered block (bottom first) at the
            # point; everything after must be the uninterrupted run's. A context that
            # suppresses the exception ends in dynamo's `raise None` TypeError instead.
            names = [token.split(':')[1][1:] for token in layout.split(' ') if token.startswith('w:')]
            prefix = log
            wanted = (expected[0], prefix + [f'enter {name}' for name in names] + expected[1][len(prefix):])
            if got == wanted:
                counts['re-entered with block: one extra enter per block, rest identical'] += 1
            elif got[0][:2] == ('raise', 'TypeError') and 'exceptions must derive' in got[0][2]:
                counts["re-entered with block: suppressed exception ends in dynamo's raise None"] += 1
            else:
                counts['DIFFERENT'] += 1
                failures.append(f'{fn.__name__} at {offset} re-entered: expected {wanted}, got {got}')
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
