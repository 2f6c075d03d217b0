"""Compares `pyvm -m dis FILE` with `python3 -m dis FILE` for every standard library .py file.

Usage: python3 tools/dis_stdlib.py [--pyvm PATH] [--limit N] [--show K] [FILES...]
Prints `N identical, M differ` (and files CPython itself cannot compile as skipped).
The python3 side runs what `python3 -m dis` runs (dis.main: compile(source, path, "exec"),
then dis.dis) in-process with PYTHONHASHSEED=0, and a real `python3 -m dis FILE` process
when that differs from pyvm; pyvm disassembles a batch of files per process
(`pyvm --toolkit dis`), compiling each through its python3 bridge. 0x addresses are masked.
"""
import argparse
import concurrent.futures
import dis
import difflib
import io
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files

ADDRESS = re.compile(r'0x[0-9a-fA-F]+')


def cpython_dis(path):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        code = compile(source, path, 'exec')
    except Exception:
        return None
    out = io.StringIO()
    dis.dis(code, file=out)
    return out.getvalue()


def pyvm_dis(pyvm, paths):
    run = subprocess.run([pyvm, '--toolkit', 'dis', *paths], capture_output=True)
    text = run.stdout.decode('utf-8', 'surrogateescape')
    result = {}
    current = None
    chunks = []
    for line in text.splitlines(keepends=True):
        if line.startswith('==> ') and line[4:].rstrip('\n') in paths:
            if current is not None:
                result[current] = ''.join(chunks)
            current = line[4:].rstrip('\n')
            chunks = []
        else:
            chunks.append(line)
    if current is not None:
        result[current] = ''.join(chunks)
    if run.returncode != 0:
        for p in paths:
            result.setdefault(p, f'pyvm exited with {run.returncode}: {run.stderr[-300:]!r}')
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--limit', type=int, default=0)
    parser.add_argument('--show', type=int, default=3, help='diffs to print')
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('files', nargs='*')
    args = parser.parse_args()
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    files = args.files or stdlib_files('.py')
    if args.limit:
        files = files[:args.limit]
    batches = [files[i:i + 40] for i in range(0, len(files), 40)]
    ours = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for result in pool.map(lambda b: pyvm_dis(args.pyvm, b), batches):
            ours.update(result)
    identical = differ = skipped = 0
    shown = 0
    for path in files:
        expected = cpython_dis(path)
        if expected is None:
            skipped += 1
            continue
        got = ours.get(path, '<missing>')
        if ADDRESS.sub('0x?', got) != ADDRESS.sub('0x?', expected):
            # The in-process shortcut shares one interpreter across files, which can change
            # set constants' order; the oracle proper is a fresh `python3 -m dis FILE`.
            run = subprocess.run([sys.executable, '-m', 'dis', path], capture_output=True)
            expected = run.stdout.decode('utf-8', 'surrogateescape')
        if ADDRESS.sub('0x?', got) == ADDRESS.sub('0x?', expected):
            identical += 1
        else:
            differ += 1
            print(f'DIFFER {path}')
            if shown < args.show:
                shown += 1
                diff = difflib.unified_diff(ADDRESS.sub('0x?', expected).splitlines(),
                                            ADDRESS.sub('0x?', got).splitlines(),
                                            'python3', 'pyvm', lineterm='', n=1)
                print('\n'.join(list(diff)[:30]))
    print(f'{identical} identical, {differ} differ ({skipped} skipped: CPython cannot compile them)')
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
