# enumerate() with start values, including negative and big ones.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate("ab", start=10 ** 20)))
e = enumerate([10, 20])
print(next(e), next(e), next(e, "end"), type(e).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=100):
    print(i, a, b)
print(dict(enumerate("xy")), list(enumerate([])), list(enumerate(range(3), True)))
for bad in [lambda: enumerate(5), lambda: enumerate("a", 1.5), lambda: enumerate("a", "1")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
