# The deepest call reached before RecursionError depends exactly on the limit.
import sys
def probe():
    deepest = 0
    def go(n):
        nonlocal deepest
        deepest = n
        go(n + 1)
    try:
        go(1)
    except RecursionError:
        pass
    return deepest
print(sys.getrecursionlimit(), probe())
for limit in [50, 100, 2000]:
    sys.setrecursionlimit(limit)
    print(limit, probe())
def nested_probe():
    return probe()
sys.setrecursionlimit(100)
print("one frame deeper:", nested_probe())
