"""Runs pyvm's code-object verifier (PyBytecode/Verify) over every code object, nested ones
included, of every installed standard library .pyc. All must verify.
Usage: python3 tools/verify_stdlib.py [--pyvm PATH] [--limit K]
(--limit K: only K .pyc files spread evenly over the sorted list, for a CI-sized run.)
Prints `N verified, M rejected (E files with errors) over the code objects of F .pyc files`.
"""
import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--limit', type=int, default=0)
    args = parser.parse_args()
    files = stdlib_files('.pyc')
    if args.limit and args.limit < len(files):
        files = [files[i * len(files) // args.limit] for i in range(args.limit)]
    verified = rejected = errors = 0
    started = time.monotonic()
    for i in range(0, len(files), 200):
        out = subprocess.run([args.pyvm, '--toolkit', 'verify', *files[i:i + 200]],
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = re.match(r'(\S+) (\d+) verified, (\d+) rejected', line)
            if not m:
                errors += 1
                print(line)
                continue
            verified += int(m.group(2))
            rejected += int(m.group(3))
            if int(m.group(3)):
                print(line)
    elapsed = time.monotonic() - started
    print(f'{verified} verified, {rejected} rejected ({errors} files with errors) '
          f'over the code objects of {len(files)} .pyc files in {elapsed:.1f} s')
    return 0 if rejected == errors == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
