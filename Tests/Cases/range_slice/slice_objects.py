# slice objects: attributes, indices(), repr, equality and unhashability.
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(5))
print(slice(10, -10, -3).indices(8), slice(None, None, 2).indices(0), slice(0, 0).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice("a", [1]) == slice("a", [1]))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(1, -1)], (1, 2, 3)[slice(None, 2)])
print(slice(1.5, "x", [1]), slice(1.5, "x", [1]).stop)
