"""Malformed .pyc input must give a clean error (exit 1), never a signal.

Runs `pyvm --toolkit mutate` (the `pyvm -m dis` pipeline in-process, one input after
another) over every truncation point of F stdlib .pyc files and N random bit-flipped copies,
then runs a sample of the mutated files through the real CLI (`pyvm -m dis FILE.pyc`) and
checks each exits with 0 or 1. If a batch dies from a signal, the inputs are replayed one
per process to name the one that crashed.
Usage: python3 tools/malformed_pyc.py [--files 20] [--flips 10000] [--cli-sample 300] [--max-bytes N]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--files', type=int, default=20)
    parser.add_argument('--flips', type=int, default=10000)
    parser.add_argument('--cli-sample', type=int, default=300)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--max-bytes', type=int, default=0, help='only files up to this size')
    args = parser.parse_args()
    files = [f for f in stdlib_files('.cpython-311.pyc')
             if not args.max_bytes or os.path.getsize(f) <= args.max_bytes]
    rng = random.Random(args.seed)
    chosen = sorted(rng.sample(files, args.files))
    failures = 0
    total = {'ok': 0, 'error': 0}

    def run_batch(argv):
        nonlocal failures
        run = subprocess.run([args.pyvm, '--toolkit', 'mutate', *argv], capture_output=True, text=True)
        if run.returncode != 0:
            failures += 1
            print(f'CRASH (status {run.returncode}) in batch {argv}: {run.stderr[-500:]}')
            return
        for line in run.stdout.splitlines():
            kind, count = line.split()
            total[kind] += int(count)

    for path in chosen:
        run_batch(['truncate', path])
    per_file = max(1, args.flips // len(chosen))
    for i, path in enumerate(chosen):
        run_batch(['flip', path, str(per_file), str(args.seed + i)])
    print(f'in-process: {total["ok"] + total["error"]} inputs, {total["ok"]} disassembled, '
          f'{total["error"]} clean errors, {failures} crashed batches')

    # The real command line on a sample of mutated files.
    statuses = {}
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, 'm.pyc')
        for k in range(args.cli_sample):
            path = rng.choice(chosen)
            data = bytearray(open(path, 'rb').read())
            if k % 2:
                data = data[:rng.randrange(len(data))]
            else:
                for _ in range(rng.randint(1, 4)):
                    bit = rng.randrange(len(data) * 8)
                    data[bit // 8] ^= 1 << (bit % 8)
            with open(target, 'wb') as f:
                f.write(data)
            run = subprocess.run([args.pyvm, '-m', 'dis', target], capture_output=True, text=True)
            statuses[run.returncode] = statuses.get(run.returncode, 0) + 1
            if run.returncode not in (0, 1):
                failures += 1
                keep = os.path.join(os.getcwd(), f'crash-{k}.pyc')
                with open(keep, 'wb') as f:
                    f.write(data)
                print(f'CLI exit {run.returncode} on {keep}: {run.stderr[-300:]}')
            elif run.returncode == 1 and len(run.stderr.strip().splitlines()) != 1:
                failures += 1
                print(f'CLI error is not one line: {run.stderr!r}')
    print(f'command line: {args.cli_sample} mutated files, exit statuses {statuses}')
    print('no crashes' if failures == 0 else f'{failures} FAILURES')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
