#!/usr/bin/env python3
"""Runs the differential case corpus (Tests/Cases) under pyvm and compares with the
expectations generated from CPython by tools/gen_expectations.py.

usage: python3 tools/run_cases.py [--pyvm PATH] [--filter SUBSTR] [--update-manifest]
                                  [--jobs N] [--verbose]
  --pyvm PATH         the binary under test (default: .build/debug/pyvm in the package root)
  --filter SUBSTR     only cases whose relative path (area/name.py) contains SUBSTR
  --update-manifest   rewrite Tests/Cases/expected_failures.txt so that it lists exactly the
                      cases failing now (with --filter: only the filtered cases' entries
                      change); an existing entry keeps its reason, a new one gets
                      "not implemented yet"
  --jobs N            cases run in parallel (default: the number of CPUs)
  --verbose           print a unified diff of the expected and actual framed output of each
                      failing case

Cases are run, normalised and framed exactly as gen_expectations.py does for CPython (the rules
are in Tests/Cases/README.md), with a time limit of 10 s per case. A case passes when its
framed output equals its .expected file byte for byte.

Manifest (Tests/Cases/expected_failures.txt): one case per line, `area/name.py  # reason`;
blank lines and lines starting with `#` are ignored. A listed case that fails counts as an
expected failure; a listed case that passes is an "unexpected pass" and fails the run, so the
manifest stays accurate; a listed case that does not exist fails the run too.

Output: a line per failing case, then `N passed, M failed, K expected failures`.
Exit status 0 when nothing failed (no unexpected failure, unexpected pass or stale entry).
"""
import argparse
import concurrent.futures
import difflib
import os
import sys

sys.dont_write_bytecode = True  # no tools/__pycache__ from the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_expectations as cases_lib  # noqa: E402  (shared running/normalising/framing)

DEFAULT_REASON = "not implemented yet"


def read_manifest():
    """{relative case path: reason}, in file order."""
    entries = {}
    if not cases_lib.MANIFEST.exists():
        return entries
    for raw in cases_lib.MANIFEST.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rel, _, reason = line.partition("#")
        entries[rel.strip()] = reason.strip() or DEFAULT_REASON
    return entries


def write_manifest(entries):
    lines = [
        "# Cases known to fail under pyvm: `area/name.py  # reason`, one per line.",
        "# Maintained by `python3 tools/run_cases.py --update-manifest`; a listed case that",
        "# passes fails the run (\"unexpected pass\"), so remove entries as features land.",
    ]
    width = max((len(rel) for rel in entries), default=0)
    for rel in sorted(entries):
        lines.append(f"{rel.ljust(width)}  # {entries[rel]}")
    cases_lib.MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")


def first_difference(expected, actual):
    """A one-line hint: the exit statuses, or the first differing line of stdout or stderr."""
    try:
        exp, act = cases_lib.unframe(expected), cases_lib.unframe(actual)
    except ValueError as error:
        return f"malformed expectation ({error})"
    parts = []
    if exp[0] != act[0]:
        parts.append(f"exit {act[0]}, expected {exp[0]}")
    for label, e_data, a_data in (("stdout", exp[1], act[1]), ("stderr", exp[2], act[2])):
        if e_data == a_data:
            continue
        e_lines = e_data.decode("utf-8", "replace").split("\n")
        a_lines = a_data.decode("utf-8", "replace").split("\n")
        for number in range(max(len(e_lines), len(a_lines))):
            e = e_lines[number] if number < len(e_lines) else "<end>"
            a = a_lines[number] if number < len(a_lines) else "<end>"
            if e != a:
                parts.append(f"{label} line {number + 1}: expected {e!r}, got {a!r}")
                break
    return "; ".join(parts)


def evaluate(pyvm, rel, stdlib):
    """(outcome, detail, expected, actual); outcome is 'pass', 'fail', 'timeout' or 'missing'."""
    target = cases_lib.expected_path(rel)
    if not target.exists():
        return "missing", "no .expected (run tools/gen_expectations.py)", b"", b""
    expected = target.read_bytes()
    actual = cases_lib.framed_result(pyvm, rel, stdlib, cases_lib.TIMEOUT)
    if actual is None:
        return "timeout", f"timed out after {cases_lib.TIMEOUT:g} s", expected, b""
    if actual == expected:
        return "pass", "", expected, actual
    return "fail", first_difference(expected, actual), expected, actual


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyvm", default=str(cases_lib.ROOT / ".build" / "debug" / "pyvm"))
    parser.add_argument("--filter")
    parser.add_argument("--update-manifest", action="store_true")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    pyvm = os.path.abspath(args.pyvm)
    if not os.access(pyvm, os.X_OK):
        sys.exit(f"run_cases: {pyvm} is not an executable (build it: swift build)")
    _, stdlib = cases_lib.oracle_stdlib("python3")
    cases = cases_lib.discover(args.filter)
    manifest = read_manifest()

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda rel: evaluate(pyvm, rel, stdlib), cases))

    passed = failed = expected_failures = 0
    failing_now = set()
    for rel, (outcome, detail, expected, actual) in zip(cases, outcomes):
        listed = rel in manifest
        if outcome == "pass":
            if listed and not args.update_manifest:
                failed += 1
                print(f"UNEXPECTED PASS {rel} (remove it from expected_failures.txt)")
            else:
                passed += 1
            continue
        failing_now.add(rel)
        if listed or args.update_manifest:
            expected_failures += 1
            continue
        failed += 1
        print(f"FAIL {rel}: {detail}")
        if args.verbose:
            diff = difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(),
                actual.decode("utf-8", "replace").splitlines(),
                "expected", "actual", lineterm="")
            for line in diff:
                print("  " + line)

    all_cases = set(cases_lib.discover())
    selected = set(cases)
    if args.update_manifest:
        entries = {rel: reason for rel, reason in manifest.items()
                   if rel in all_cases and rel not in selected}
        for rel in failing_now:
            entries[rel] = manifest.get(rel, DEFAULT_REASON)
        write_manifest(entries)
        print(f"wrote {cases_lib.MANIFEST.relative_to(cases_lib.ROOT)} ({len(entries)} entries)")
    else:
        for rel in manifest:
            if rel not in all_cases:
                failed += 1
                print(f"STALE MANIFEST ENTRY {rel} (no such case)")

    print(f"{passed} passed, {failed} failed, {expected_failures} expected failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
