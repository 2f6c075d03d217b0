"""Marshal round trip over every standard library .pyc file.

For each file pyvm reads the .pyc and writes it back twice:
  * replaying the encoding decisions it read (type codes, FLAG_REF, back-references):
    the result must be byte-identical to the file CPython wrote;
  * with its default encoding (no references): `marshal.loads` of the result must give a
    code object whose co_* fields all equal the original's, recursively.
Usage: python3 tools/marshal_roundtrip.py [--pyvm PATH] [--limit N]
"""
import argparse
import marshal
import os
import subprocess
import sys
import tempfile
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files

FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
          'co_flags', 'co_code', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
          'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
          'co_exceptiontable']


def same(a, b):
    """Structural equality that also tells 1 from 1.0 and -0.0 from 0.0 (like code consts)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, types.CodeType):
        return (all(getattr(a, f) == getattr(b, f) for f in FIELDS)
                and len(a.co_consts) == len(b.co_consts)
                and all(same(x, y) for x, y in zip(a.co_consts, b.co_consts)))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (frozenset, set)):
        return a == b
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, complex):
        return repr(a) == repr(b)
    return a == b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--limit', type=int, default=0)
    args = parser.parse_args()
    files = stdlib_files('.pyc')
    if args.limit:
        files = files[:args.limit]
    identical = differ = errors = 0
    for i in range(0, len(files), 200):
        batch = files[i:i + 200]
        out = subprocess.run([args.pyvm, '--toolkit', 'roundtrip', *batch],
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            status = line.split(' ', 1)[0]
            if status == 'identical':
                identical += 1
            elif status == 'differ':
                differ += 1
                print(line)
            else:
                errors += 1
                print(line)
    equal = unequal = 0
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, 'out.pyc')
        for path in files:
            run = subprocess.run([args.pyvm, '--toolkit', 'rewrite', path, target, '--no-layout'],
                                 capture_output=True, text=True)
            with open(path, 'rb') as f:
                original = marshal.loads(f.read()[16:])
            ok = False
            if run.returncode == 0:
                with open(target, 'rb') as f:
                    ok = same(marshal.loads(f.read()[16:]), original)
            if ok:
                equal += 1
            else:
                unequal += 1
                print(f'UNEQUAL {path} {run.stderr.strip()}')
    print(f'layout replay: {identical} byte-identical, {differ} differ, {errors} errors')
    print(f'default writer: {equal} load equal, {unequal} differ (of {len(files)} .pyc files)')
    return 0 if differ == errors == unequal == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
