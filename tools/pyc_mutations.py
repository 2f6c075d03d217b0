"""Runs truncated and randomly mutated stdlib .pyc files as programs (`pyvm FILE.pyc`): each
run must end with exit status 0 or 1 (a clean Python error), never a signal. Runs that do not
finish within --timeout seconds count as hangs, reported apart (they are not crashes, but the
execution limits of issue 6 should turn them into exit 1). Exit statuses a program chooses
itself (sys.exit(2) from a module's argparse) are counted as `other`.

Usage: python3 tools/pyc_mutations.py [--pyvm PATH] [--truncate-files 50] [--mutations 100000]
         [--truncate-max-bytes N] [--jobs 2] [--timeout 10] [--max-instructions N] [--seed 1]
--max-instructions N passes `-X max-instructions=N` when this pyvm supports the option.
Every truncation point (0 .. size-1) of each chosen file is run; mutated copies change 1-4
random bytes after the 16-byte header of a random stdlib .pyc.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_files import stdlib_files


def supports_max_instructions(pyvm):
    run = subprocess.run([pyvm, '-X', 'max-instructions=1000000', '-c', 'pass'],
                         capture_output=True, text=True, timeout=60)
    return run.returncode == 0


def run_one(pyvm, extra, path, timeout):
    try:
        run = subprocess.run([pyvm, *extra, path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, timeout=timeout, cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return 'hang', ''
    if run.returncode in (0, 1):
        return 'ok', ''
    if run.returncode < 0 or run.returncode >= 128:
        return 'signal', f'status {run.returncode}: {run.stderr[-300:].decode(errors="replace")}'
    return 'other', ''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyvm', default='.build/release/pyvm')
    parser.add_argument('--truncate-files', type=int, default=50)
    parser.add_argument('--truncate-max-bytes', type=int, default=0,
                        help='choose truncation files no larger than this')
    parser.add_argument('--mutations', type=int, default=100000)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=10)
    parser.add_argument('--max-instructions', type=int, default=0)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    pyvm = os.path.abspath(args.pyvm)
    extra = []
    if args.max_instructions:
        if supports_max_instructions(pyvm):
            extra = ['-X', f'max-instructions={args.max_instructions}']
        else:
            print('note: this pyvm has no -X max-instructions; running without an instruction limit')
    rng = random.Random(args.seed)
    files = stdlib_files('.cpython-311.pyc')
    small = [f for f in files if not args.truncate_max_bytes or os.path.getsize(f) <= args.truncate_max_bytes]
    truncate_files = sorted(rng.sample(small, min(args.truncate_files, len(small))))
    counts = {'truncate': collections.Counter(), 'mutate': collections.Counter()}
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        def inputs():
            for index, path in enumerate(truncate_files):
                data = open(path, 'rb').read()
                for cut in range(len(data)):
                    yield 'truncate', f'{path}[:{cut}]', data[:cut]
            for _ in range(args.mutations):
                path = rng.choice(files)
                data = bytearray(open(path, 'rb').read())
                if len(data) <= 16:
                    continue
                for _ in range(rng.randint(1, 4)):
                    data[rng.randrange(16, len(data))] = rng.randrange(256)
                yield 'mutate', f'{path} mutated', bytes(data)

        def work(item, slot):
            kind, name, data = item
            path = os.path.join(tmp, f'input{slot}.pyc')
            with open(path, 'wb') as f:
                f.write(data)
            try:
                outcome, detail = run_one(pyvm, extra, path, args.timeout)
            finally:
                os.remove(path)
            if outcome == 'signal':
                keep = os.path.join(tmp, '..', f'pyc_mutation_crash_{len(failures)}.pyc')
                with open(keep, 'wb') as f:
                    f.write(data)
                failures.append(f'{name}: {detail} (saved as {os.path.abspath(keep)})')
            return kind, outcome

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            pending = set()
            slot = 0
            done = 0
            for item in inputs():
                if len(pending) >= 4 * args.jobs:
                    finished, pending = concurrent.futures.wait(pending, return_when='FIRST_COMPLETED')
                    for future in finished:
                        kind, outcome = future.result()
                        counts[kind][outcome] += 1
                        done += 1
                        if done % 5000 == 0:
                            print(f'{done} runs: {dict(counts["truncate"])} {dict(counts["mutate"])}', flush=True)
                pending.add(pool.submit(work, item, slot))
                slot += 1
            for future in concurrent.futures.as_completed(pending):
                kind, outcome = future.result()
                counts[kind][outcome] += 1

    for line in failures[:50]:
        print('CRASH', line)
    for kind in ('truncate', 'mutate'):
        c = counts[kind]
        print(f'{kind}: {sum(c.values())} runs, {c["ok"]} exit 0/1, {c["other"]} other exit, '
              f'{c["hang"]} hangs (>{args.timeout:g} s), {c["signal"]} signals')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
