# After a RecursionError is caught the stack unwinds and deep recursion works again.
def f(n):
    return f(n + 1)
for attempt in range(3):
    try:
        f(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(950))
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
depth = catch_inside(0)
print(depth > 900, depth < 1000)
def finally_runs(n, log):
    try:
        finally_runs(n + 1, log)
    finally:
        log.append(n)
log = []
try:
    finally_runs(0, log)
except RecursionError:
    pass
print(len(log) > 900, log[:3], log[-1])
