"""Resume functions at every instruction boundary of every function in standard library
.pyc files (pyvm --toolkit resume-sweep): each request (stack = the static depth, all
values) must give a resume function that decodes, passes the strict stack analysis and
re-assembles to itself, or a refusal with a reason; `invalidCode` or `stackMismatch`
refusals and any other error are failures. Nothing is run here (tools/resume_check.py
runs generated code on python3).
Usage: python3 tools/resume_stdlib.py [--pyvm PATH] [--limit K]  (K files, default 300; 0 = all)
"""
import argparse
import collections
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--limit', type=int, default=300)
    args = parser.parse_args()
    files = [f for f in stdlib_files('.pyc') if '.opt-' not in f]
    if args.limit and args.limit < len(files):
        files = [files[i * len(files) // args.limit] for i in range(args.limit)]
    counts = collections.Counter()
    errors = 0
    for i in range(0, len(files), 50):
        out = subprocess.run([args.pyvm, '--toolkit', 'resume-sweep', *files[i:i + 50]],
                             capture_output=True, text=True)
        if out.returncode != 0:
            errors += 1
            print(f'pyvm exited with {out.returncode} on {files[i]}..: {out.stderr[-500:]}')
        for line in out.stdout.splitlines():
            if line.startswith('error'):
                errors += 1
                print(line)
                continue
            for key, value in re.findall(r'(\S+)=(\d+)', line):
                counts[key] += int(value)
    for key, value in sorted(counts.items()):
        print(f'{value:8d} {key}')
    print(f'{errors} errors over {len(files)} .pyc files')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
