# A TaskGroup-like runner: run jobs, collect failures in a group, handle kinds separately, retry transient ones.
class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

attempts = {}

def job(name):
    attempts[name] = attempts.get(name, 0) + 1
    if name.startswith("flaky") and attempts[name] < 2:
        raise TransientError(f"{name} timed out (attempt {attempts[name]})")
    if name.startswith("bad"):
        raise FatalError(f"{name} is broken")
    if name.startswith("div"):
        return 1 / 0
    return f"{name} ok"

def run_all(names):
    results, errors = [], []
    for name in names:
        try:
            results.append(job(name))
        except Exception as e:
            e.add_note(f"while running {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(names)} jobs failed", errors)
    return results

pending = ["a", "flaky1", "bad1", "flaky2", "div", "b"]
for round_number in range(1, 4):
    print("round", round_number, "running", pending)
    try:
        print("  all done:", run_all(pending))
        break
    except* TransientError as eg:
        retry = [str(e).split()[0] for e in eg.exceptions]
        print("  will retry", retry, [e.__notes__ for e in eg.exceptions])
        pending = retry
    except* FatalError as eg:
        print("  fatal:", [str(e) for e in eg.exceptions])
        pending = [p for p in pending if not p.startswith("bad")]
    except* ZeroDivisionError as eg:
        print("  arithmetic:", eg.message, len(eg.exceptions))
        pending = [p for p in pending if not p.startswith("div")]
print("attempts", sorted(attempts.items()))
