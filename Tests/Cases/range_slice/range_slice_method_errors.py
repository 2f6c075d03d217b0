# range and slice methods with bad arguments raise CPython's errors.
tests = [
    lambda: range(1, 2).index(), lambda: range(3).count(1, 2), lambda: slice.indices(5, 1), lambda: slice(1).indices(),
    lambda: range(1, 2, "a"), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5), lambda: range(1, 2, 0),
    lambda: slice(1, 2, 3, 4), lambda: range(0)[0], lambda: range(10)[::0], lambda: list(range(-5, 5, 3)[::-2]),
    lambda: range(2 ** 70)[2 ** 71], lambda: range(5).index(7), lambda: range(5).index("a"), lambda: range(3)[1.5],
    lambda: range(3) < range(4), lambda: slice(1, 2) < 5, lambda: range(x=1), lambda: range(10 ** 20)[-(10 ** 20)],
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t())[:80])
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(range(5).index(True), range(5).count(2.0), 3.0 in range(5), range(0, 10, 3)[-1], range(10, 0, -3)[1:])
