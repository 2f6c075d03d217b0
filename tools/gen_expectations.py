#!/usr/bin/env python3
"""Generates Tests/Cases/<area>/<name>.expected from CPython (the oracle) for every case
Tests/Cases/<area>/<name>.py. Expectations are generated, never hand-edited.

usage: python3 tools/gen_expectations.py [--check] [--filter SUBSTR] [--python PATH] [--jobs N]
  (no option)  run every case under python3 and (re)write its .expected
  --check      write nothing; exit 1 listing every case whose .expected is missing or stale
               (and every .expected without a case)
  --filter S   only cases whose relative path (area/name.py) contains S
  --python P   the oracle (default: `python3` on PATH; it must be CPython 3.11)
  --jobs N     cases run in parallel (default: the number of CPUs)

How a case is run (tools/run_cases.py and Tests/PyRuntimeTests/CaseTests.swift do the same;
Tests/Cases/README.md is the reference for these rules):
  * argv: [interpreter, "<name>.py"]  (the file name only, a relative path), or
    [interpreter] + ARGS when a leading comment line is `# args: ARGS` (a JSON list of str)
  * stdin: /dev/null, or the case file itself when a leading comment line is `# stdin: case`
  * cwd: the case's folder, Tests/Cases/<area>
  * env: the caller's environment plus PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8
  * stdout and stderr are captured as bytes; the exit status is the process's status
    (a death by signal N is written as -N, as subprocess reports it).

Normalisation (applied to the captured stdout and stderr bytes, in this order):
  1. every occurrence of the case's absolute path (both the path as the tool computed it and
     its symlink-resolved form, which is what getcwd() gives CPython) becomes "<name>.py";
  2. every occurrence of the oracle's stdlib directory
     (sysconfig.get_paths()['stdlib']) becomes "<stdlib>".

Format of a .expected file (bytes, UTF-8 in practice), unambiguous because each section
carries its length:
    exit=<status>\\n
    --- stdout <N> bytes\\n
    <the N bytes of normalised stdout>[\\n if they are non-empty and do not end with \\n]
    --- stderr <M> bytes\\n
    <the M bytes of normalised stderr>[\\n if they are non-empty and do not end with \\n]
Comparing two runs means comparing these framed byte strings for equality.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "Tests" / "Cases"
MANIFEST = CASES / "expected_failures.txt"
TIMEOUT = 30.0  # seconds per case under pyvm (tools/run_cases.py); debug builds of deep-recursion cases need a few s, more on a loaded machine
ORACLE_TIMEOUT = 120.0  # generous: expectations must never be truncated


def discover(filter_substring=None):
    """Every case as a path relative to CASES ("area/name.py"), sorted."""
    result = []
    for path in sorted(CASES.glob("*/*.py")):
        rel = path.relative_to(CASES).as_posix()
        if filter_substring is None or filter_substring in rel:
            result.append(rel)
    return result


def case_environment():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def case_header(path):
    """The case's command-line arguments and stdin from its leading `#` lines:
    `# args: <JSON list of str>` replaces the default ["<name>.py"]; `# stdin: case` feeds the
    case file itself to stdin (default: /dev/null)."""
    args, stdin_is_case = [path.name], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# args:"):
            args = json.loads(line[len("# args:"):])
        elif line.strip() == "# stdin: case":
            stdin_is_case = True
    return args, stdin_is_case


def run_case(interpreter, rel, timeout):
    """Runs one case; returns (status, stdout, stderr) or None on timeout."""
    path = CASES / rel
    args, stdin_is_case = case_header(path)
    try:
        done = subprocess.run(
            [interpreter] + args, cwd=path.parent, env=case_environment(),
            stdin=path.open("rb") if stdin_is_case else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return done.returncode, done.stdout, done.stderr


def normalise(data, rel, stdlib):
    path = CASES / rel
    name = path.name.encode()
    absolute = [str(path), os.path.realpath(path)]
    for candidate in sorted(set(absolute), key=len, reverse=True):
        data = data.replace(candidate.encode(), name)
    if stdlib:
        data = data.replace(stdlib.encode(), b"<stdlib>")
    return data


def frame(status, stdout, stderr):
    parts = [b"exit=%d\n" % status]
    for label, data in ((b"stdout", stdout), (b"stderr", stderr)):
        parts.append(b"--- %s %d bytes\n" % (label, len(data)))
        parts.append(data)
        if data and not data.endswith(b"\n"):
            parts.append(b"\n")
    return b"".join(parts)


def unframe(data):
    """Inverse of frame(): (status, stdout, stderr); raises ValueError on malformed input."""
    head, sep, rest = data.partition(b"\n")
    if not sep or not head.startswith(b"exit="):
        raise ValueError("missing exit= line")
    status = int(head[5:])
    sections = []
    for label in (b"stdout", b"stderr"):
        head, sep, rest = rest.partition(b"\n")
        prefix, suffix = b"--- " + label + b" ", b" bytes"
        if not sep or not head.startswith(prefix) or not head.endswith(suffix):
            raise ValueError(f"missing --- {label.decode()} line")
        size = int(head[len(prefix):-len(suffix)])
        body, rest = rest[:size], rest[size:]
        if len(body) != size:
            raise ValueError(f"{label.decode()} is shorter than {size} bytes")
        if body and not body.endswith(b"\n"):
            if not rest.startswith(b"\n"):
                raise ValueError(f"missing newline after {label.decode()}")
            rest = rest[1:]
        sections.append(body)
    if rest:
        raise ValueError("trailing bytes after stderr")
    return status, sections[0], sections[1]


def framed_result(interpreter, rel, stdlib, timeout):
    """The framed, normalised output of one run, or None on timeout."""
    result = run_case(interpreter, rel, timeout)
    if result is None:
        return None
    status, stdout, stderr = result
    return frame(status, normalise(stdout, rel, stdlib), normalise(stderr, rel, stdlib))


def expected_path(rel):
    return (CASES / rel).with_suffix(".expected")


def oracle_stdlib(python):
    """The oracle's real executable and stdlib directory (python3 may be a pyenv shim)."""
    script = ("import sys, sysconfig; print(sys.executable); "
              "print(sysconfig.get_paths()['stdlib']); print('%d.%d.%d' % sys.version_info[:3])")
    out = subprocess.run([python, "-c", script], check=True, stdout=subprocess.PIPE,
                         text=True).stdout.splitlines()
    executable, stdlib, version = out[0], out[1], out[2]
    if not version.startswith("3.11."):
        sys.exit(f"gen_expectations: the oracle must be CPython 3.11, {python} is {version}")
    if version != "3.11.7":
        print(f"warning: the oracle is CPython {version}, not 3.11.7", file=sys.stderr)
    return executable, stdlib


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--filter")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    executable, stdlib = oracle_stdlib(args.python)
    cases = discover(args.filter)
    problems = []
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(
            lambda rel: framed_result(executable, rel, stdlib, ORACLE_TIMEOUT), cases))
    for rel, framed in zip(cases, results):
        if framed is None:
            sys.exit(f"gen_expectations: {rel} timed out under {executable}")
        target = expected_path(rel)
        current = target.read_bytes() if target.exists() else None
        if current == framed:
            continue
        if args.check:
            problems.append(f"{'stale' if current is not None else 'missing'}: {rel}")
        else:
            target.write_bytes(framed)
            written += 1
    if args.filter is None:
        wanted = {expected_path(rel) for rel in cases}
        for orphan in sorted(CASES.glob("*/*.expected")):
            if orphan not in wanted:
                problems.append(f"orphan (no case): {orphan.relative_to(CASES).as_posix()}")
    for line in problems:
        print(line)
    if args.check:
        print(f"{len(cases)} cases, {len(problems)} problems")
        return 1 if problems else 0
    print(f"{len(cases)} cases, {written} expectations written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
