# Calls of built-in functions and methods of built-in types.
# Stresses: the call path into native code: len, abs, min, max, isinstance, hasattr,
# getattr, int(), float(), str(), divmod, round, range objects, enumerate, zip,
# tuple/list/set constructors, set operations, dict methods.


class Box:
    def __init__(self, v):
        self.v = v


def run(n):
    acc = 0
    box = Box(3)
    pair = (4, 9)
    items = [1, 5, 2, 8, 3]
    for i in range(n):
        acc += len(items) + abs(i - 5000) + min(i, 77) + max(pair)
        if isinstance(i, int) and not isinstance(i, float):
            acc += 1
        if hasattr(box, "v"):
            acc += getattr(box, "v")
        q, r = divmod(i, 7)
        acc += q - r + int("12") + round(i / 3)
        acc += len(str(i)) + int(float(i % 100))
    return acc


def run_iterables(n):
    acc = 0
    a = list(range(200))
    b = [x * 3 for x in a]
    for _ in range(n):
        for i, x in enumerate(a):
            acc += i ^ x
        for x, y in zip(a, b):
            acc += y - x
        s1 = set(a[::2])
        s2 = set(b[:100])
        acc += len(s1 & s2) + len(s1 | s2) + len(s1 - s2)
        t = tuple(a)
        acc += t[-1] + sum(a) + sorted(b, reverse=True)[0]
        d = dict(zip(a[:50], b[:50]))
        acc += len(d.keys()) + d.get(7, 0) + d.pop(8) + len(list(d.values()))
    return acc


def main():
    print("builtin_calls checksum", run(400000), run_iterables(2400))


main()
