"""Identity transform over every code object (nested ones included) of every standard
library .pyc: pyvm decodes each into an editable instruction list and assembles it back;
co_code, co_exceptiontable, co_stacksize and co_positions() must come out unchanged.
Usage: python3 tools/transform_stdlib.py [--pyvm PATH] [--limit K]
(--limit K: only K .pyc files spread evenly over the sorted list, for a CI-sized run.)
"""
import argparse
import os
import re
import subprocess
import sys

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
    identical = differ = errors = 0
    for i in range(0, len(files), 200):
        out = subprocess.run([args.pyvm, '--toolkit', 'transform-identity', *files[i:i + 200]],
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = re.match(r'(\S+) (\d+) identical, (\d+) differ', line)
            if not m:
                errors += 1
                print(line)
                continue
            identical += int(m.group(2))
            differ += int(m.group(3))
            if int(m.group(3)):
                print(line)
    print(f'{identical} identical, {differ} differ ({errors} files with errors) '
          f'over the code objects of {len(files)} .pyc files')
    return 0 if differ == errors == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
