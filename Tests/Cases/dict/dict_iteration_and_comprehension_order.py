# Iterating dicts: keys by default, items pairs, and comprehension order.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(k, v, end="; ")
print()
print({v: k for k, v in d.items()}, {k: len(k) for k in sorted(d)}, {x % 3: x for x in range(7)})
print(list(d.items())[0], next(iter(d)), next(iter(d.values())), max(d), max(d, key=d.get), sorted(d, key=d.get))
print(list(enumerate(d)), dict(enumerate("ab")), list(zip(d, d.values())))
