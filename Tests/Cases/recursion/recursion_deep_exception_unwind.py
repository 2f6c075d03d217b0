# An exception raised 100,000 frames deep unwinds to the top; its traceback has one entry per frame.
import sys
sys.setrecursionlimit(200_000)
def dive(n):
    if n == 0:
        raise ValueError("bottom reached")
    return dive(n - 1)
try:
    dive(100_000)
except ValueError as e:
    tb = e.__traceback__
    count = 0
    names = set()
    while tb is not None:
        count += 1
        names.add(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e).__name__, e, count, sorted(names))
def dive_finally(n, counter):
    try:
        if n == 0:
            raise KeyError("k")
        dive_finally(n - 1, counter)
    finally:
        counter[0] += 1
counter = [0]
try:
    dive_finally(50_000, counter)
except KeyError as e:
    print(repr(e), counter[0])
