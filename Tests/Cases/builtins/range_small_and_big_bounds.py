# range() built from machine ints and from big ints: length, indexing, iteration,
# reversal, membership and equality must agree across the boundary.
big = 2 ** 64
for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (-10, 10, 7),
             (0, 2 ** 62, 2 ** 61), (-2 ** 63, 2 ** 63 - 1), (-2 ** 63, 2 ** 63 - 1, 2),
             (big, big + 10, 3), (-big, big, big // 2), (0, big), (True, 5)]:
    r = range(*args)
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError: " + str(e)
    print(args, r, n, r.start, r.stop, r.step, bool(r))
    if r and r.step and abs(r.step) > 0:
        print("  ", r[0], r[-1], r[len(r) // 2] if isinstance(n, int) else "-", r[0] in r, (r[-1] + 1) in r)
        print("  ", list(r)[:4] if isinstance(n, int) and n < 100 else "-", next(reversed(r)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), hash(range(3)) == hash(range(0, 3, 1)))
for bad in [(1, 2, 0), (1.5,), ("a",)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(range(10 ** 6)), len(range(-5, 10 ** 18, 7)))
