"""Exception and location tables of every code object in every standard library .pyc:
pyvm parses both and re-encodes them (the location table from decoded positions and
instruction sizes, as CPython's assembler writes it); both must be byte-identical.
Usage: python3 tools/tables_stdlib.py [--pyvm PATH]
(Positions are compared with co_positions() by `PYVM_FULL_STDLIB=1 swift test --filter TablesTests`.)
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
    args = parser.parse_args()
    files = stdlib_files('.pyc')
    identical = differ = errors = 0
    for i in range(0, len(files), 200):
        out = subprocess.run([args.pyvm, '--toolkit', 'tables', *files[i:i + 200]],
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
