# Sequence unpacking: nested, starred, and the exact error messages.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
first, *rest = "hello"
print(first, rest)
*init, last = range(4)
print(init, last)
x, *middle, y = [1, 2]
print(x, middle, y)
p, (q, *r), s = 1, (2, 3, 4), 5
print(p, q, r, s)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
i = j = k2 = [0]
print(i is j is k2)
def two(value):
    a, b = value
def starred(value):
    a, b, *c = value
def nested(value):
    (a, b), c = value
for fn, value in [(two, [1]), (two, [1, 2, 3]), (starred, [1]), (two, 5), (two, None),
                  (nested, [1, 2]), (two, "abc"), (two, {"k": 1}), (starred, range(1))]:
    try:
        fn(value)
    except Exception as err:
        print(fn.__name__, repr(value), "->", type(err).__name__, err)
