# range() argument validation and indexing errors.
for args in [(0, 10, 0), (1.5,), ("3",), (1, 2, 3, 4), (), (None,), (1, 2.0)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
r = range(3)
for i in [3, -4]:
    try:
        r[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    r["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) + range(2)
except TypeError as e:
    print(type(e).__name__, e)
