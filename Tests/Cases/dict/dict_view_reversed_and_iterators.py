# reversed() on dicts and views, the iterator types, and size changes during iteration.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print([type(x).__name__ for x in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items()))])
print([type(x).__name__ for x in (reversed(d), reversed(d.values()), reversed(d.items()))])
print(list(reversed({})), next(reversed({1: 2}.items())))
it = reversed(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.values())
next(it)
del d["a"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [{1}, frozenset(), 5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
