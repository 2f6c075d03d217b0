#!/usr/bin/env python3
"""Run the benchmark programs under pyvm and python3 and compare them.

Usage: python3 bench/run.py [--pyvm PATH] [--python python3] [--repeat N]
                            [--only NAME ...] [--markdown] [--timeout S]

For every program in bench/programs/ the two interpreters run alternately
(python3, pyvm, python3, pyvm, ...) N times each, with PYTHONHASHSEED=0. For each
run the child's CPU time (user + sys) and peak resident set size (ru_maxrss) come
from os.wait4. The table shows the best (lowest) CPU time and the highest peak RSS
of each interpreter, and pyvm/python3 ratios of both; below it, the geometric means
of the ratios. pyvm's stdout must equal python3's: otherwise the program is reported
as OUTPUT DIFFERS; a non-zero exit is reported as FAILED with the last line of
stderr. Both are left out of the means and make the exit status 1.

Only the standard library is used; the runner does not depend on pyvm internals.
"""

import argparse
import math
import os
import shlex
import signal
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
DEFAULT_PYVM = os.path.join(os.path.dirname(BENCH_DIR), ".build", "release", "pyvm")


class Run:
    """The outcome of one child process."""

    def __init__(self, status, cpu, peak_kb, stdout, stderr):
        self.status = status      # exit code; negative: killed by that signal
        self.cpu = cpu            # user + sys seconds
        self.peak_kb = peak_kb    # ru_maxrss, KiB on Linux
        self.stdout = stdout
        self.stderr = stderr

    def last_error_line(self):
        lines = [ln for ln in self.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
        if self.status == "timeout":
            return "timed out"
        tail = lines[-1].strip() if lines else ""
        if isinstance(self.status, int) and self.status < 0:
            tail = ("killed by signal %d " % -self.status) + tail
        return tail or "exit status %s" % self.status


def run_once(argv, env, timeout):
    """Run argv once; stdout and stderr go to temporary files (no pipe deadlocks)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            pid = os.posix_spawnp(argv[0], argv, env, file_actions=[
                (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
            ])
        except OSError as e:
            return Run(127, 0.0, 0, b"", ("cannot execute %s: %s" % (argv[0], e)).encode())
        deadline = time.monotonic() + timeout
        timed_out = False
        while True:
            wpid, wstatus, usage = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                break
            if not timed_out and time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                timed_out = True
            time.sleep(0.002)
        status = "timeout" if timed_out else os.waitstatus_to_exitcode(wstatus)
        out.seek(0)
        err.seek(0)
        return Run(status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                   out.read(), err.read())


def bench_program(path, pyvm, python, repeat, env, timeout):
    """Returns (python_runs, pyvm_runs, problem); problem is None or a short string."""
    py_runs, vm_runs = [], []
    for _ in range(repeat):
        py = run_once(python + [path], env, timeout)
        if py.status != 0:
            return py_runs, vm_runs, "PYTHON FAILED: " + py.last_error_line()
        if py_runs and py.stdout != py_runs[0].stdout:
            return py_runs, vm_runs, "PYTHON OUTPUT NOT DETERMINISTIC"
        py_runs.append(py)
        vm = run_once(pyvm + [path], env, timeout)
        if vm.status != 0:
            return py_runs, vm_runs, "FAILED: " + vm.last_error_line()
        if vm.stdout != py_runs[0].stdout:
            return py_runs, vm_runs, "OUTPUT DIFFERS"
        vm_runs.append(vm)
    return py_runs, vm_runs, None


def geometric_mean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


class Table:
    """Prints rows as they come, aligned text or a Markdown table."""

    HEADER = ("program", "python3 s", "pyvm s", "ratio", "python3 MB", "pyvm MB", "mem ratio")
    WIDTHS = (16, 10, 10, 7, 11, 9, 10)

    def __init__(self, markdown):
        self.markdown = markdown

    def row(self, cells):
        cells = [str(c) for c in cells]
        if self.markdown:
            print("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        else:
            first = cells[0].ljust(self.WIDTHS[0])
            rest = [c.rjust(w) for c, w in zip(cells[1:], self.WIDTHS[1:])]
            print("  ".join([first] + rest).rstrip())
        sys.stdout.flush()

    def header(self):
        self.row(self.HEADER)
        if self.markdown:
            print("|" + "|".join(["---"] + ["---:"] * (len(self.HEADER) - 1)) + "|")
        else:
            print("-" * (sum(self.WIDTHS) + 2 * (len(self.WIDTHS) - 1)))

    def problem(self, name, py_runs, message):
        """A program left out of the means: python3's numbers, then the message."""
        if self.markdown:
            self.row([name, fmt_time(py_runs), message, "", fmt_mb(py_runs), "", ""])
        else:
            cells = [name.ljust(self.WIDTHS[0]), fmt_time(py_runs).rjust(self.WIDTHS[1])]
            print("  ".join(cells + [message]))
            sys.stdout.flush()


def fmt_time(runs):
    return "%.3f" % min(r.cpu for r in runs) if runs else "-"


def fmt_mb(runs):
    return "%.1f" % (max(r.peak_kb for r in runs) / 1024.0) if runs else "-"


def interpreter_version(argv, env):
    run = run_once(argv + ["-c", "import sys; print(sys.version.split()[0])"], env, 30)
    return run.stdout.decode().strip() if run.status == 0 else "?"


def main():
    ap = argparse.ArgumentParser(description="pyvm vs python3 benchmarks (CPU time and peak RSS)")
    ap.add_argument("--pyvm", default=DEFAULT_PYVM,
                    help="pyvm command (default: %(default)s); may include arguments")
    ap.add_argument("--python", default="python3", help="reference interpreter command")
    ap.add_argument("--repeat", type=int, default=3, help="runs per interpreter (default 3)")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these programs")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds of wall time before a run is killed (default 120)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if args.only:
        unknown = [n for n in args.only if n.removesuffix(".py") not in names]
        if unknown:
            ap.error("unknown program(s): %s (have: %s)" % (" ".join(unknown), " ".join(names)))
        names = [n for n in names if n in {o.removesuffix(".py") for o in args.only}]

    pyvm = shlex.split(args.pyvm)
    python = shlex.split(args.python)
    env = dict(os.environ, PYTHONHASHSEED="0")

    print("pyvm: %s | python: %s (%s) | best CPU s (user+sys) and max peak RSS of %d runs each"
          % (args.pyvm, args.python, interpreter_version(python, env), args.repeat))
    print()
    table = Table(args.markdown)
    table.header()

    time_ratios, mem_ratios, problems = [], [], 0
    for name in names:
        print("running %s ..." % name, file=sys.stderr, flush=True)
        path = os.path.join(PROGRAMS_DIR, name + ".py")
        py_runs, vm_runs, problem = bench_program(path, pyvm, python, args.repeat, env,
                                                  args.timeout)
        if problem:
            problems += 1
            table.problem(name, py_runs, problem)
            continue
        py_cpu = min(r.cpu for r in py_runs)
        vm_cpu = min(r.cpu for r in vm_runs)
        py_kb = max(r.peak_kb for r in py_runs)
        vm_kb = max(r.peak_kb for r in vm_runs)
        t_ratio = vm_cpu / max(py_cpu, 1e-6)
        m_ratio = vm_kb / max(py_kb, 1)
        time_ratios.append(t_ratio)
        mem_ratios.append(m_ratio)
        table.row([name, "%.3f" % py_cpu, "%.3f" % vm_cpu, "%.2f" % t_ratio,
                   "%.1f" % (py_kb / 1024.0), "%.1f" % (vm_kb / 1024.0), "%.2f" % m_ratio])

    print()
    gt, gm = geometric_mean(time_ratios), geometric_mean(mem_ratios)
    counted = "%d of %d programs" % (len(time_ratios), len(names))
    if gt is None:
        print("geometric mean: no program ran successfully under pyvm (%s)" % counted)
    else:
        print("geometric mean (%s): time ratio %.2f, memory ratio %.2f" % (counted, gt, gm))
    if problems:
        print("%d program(s) failed or differ in output" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
