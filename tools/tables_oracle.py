# Oracle for Tests/PyBytecodeTests/TablesTests.swift: dumps, for every code object compiled
# from the given .py files, the raw tables and CPython's own decodings of them (JSON lines).
#
# usage: python3 tables_oracle.py OUT.jsonl ARG...
#   ARG: a .py path; "stdlib:REL" (REL relative to the stdlib directory); "--stdlib" (every .py file
#   of the installed stdlib outside site-packages, sorted); "-" (read paths from stdin).
# Each output line is one JSON object. Code-object lines:
#   {"file", "qualname", "code", "firstlineno", "linetable", "exceptiontable" (hex strings / int),
#    "positions": [[count, line, endline, col, endcol], ...]  (co_positions() run-length coded:
#                 count consecutive units share the position; None -> null),
#    "lines": [[start, end, line], ...], "exc": [[start, end, target, depth, lasti (0|1)], ...]}
# (dis._parse_exception_table offsets, in bytes)
# Files that do not compile produce {"file", "error"} so the test can count them.
import dis
import json
import os
import sys
import sysconfig
import warnings


def walk(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from walk(const)


def runs(positions):
    result = []
    for p in positions:
        if result and result[-1][1:] == list(p):
            result[-1][0] += 1
        else:
            result.append([1, *p])
    return result


def dump(path, out):
    try:
        with open(path, "rb") as f:
            source = f.read()
        top = compile(source, path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        out.write(json.dumps({"file": path, "error": type(e).__name__}) + "\n")
        return
    for code in walk(top):
        record = {
            "file": path,
            "qualname": code.co_qualname,
            "code": code.co_code.hex(),
            "firstlineno": code.co_firstlineno,
            "linetable": code.co_linetable.hex(),
            "exceptiontable": code.co_exceptiontable.hex(),
            "positions": runs(code.co_positions()),
            "lines": [list(r) for r in code.co_lines()],
            "exc": [[e.start, e.end, e.target, e.depth, int(e.lasti)]
                    for e in dis._parse_exception_table(code)],
        }
        out.write(json.dumps(record, separators=(",", ":")) + "\n")


def main():
    warnings.simplefilter("ignore")  # SyntaxWarnings from test data files are noise here
    out_path, args = sys.argv[1], sys.argv[2:]
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for arg in args:
        if arg == "-":
            files += [line.strip() for line in sys.stdin if line.strip()]
        elif arg == "--stdlib":
            found = []
            for root, dirs, names in os.walk(stdlib):
                dirs[:] = [d for d in dirs if d != "site-packages"]
                found += [os.path.join(root, n) for n in names if n.endswith(".py")]
            files += sorted(found)
        elif arg.startswith("stdlib:"):
            files.append(os.path.join(stdlib, arg[len("stdlib:"):]))
        else:
            files.append(arg)
    with open(out_path, "w") as out:
        for path in files:
            dump(path, out)


if __name__ == "__main__":
    main()
