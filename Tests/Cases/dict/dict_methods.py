# get, setdefault, pop, popitem (LIFO), update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update(x=1)
d.update([("y", 2)])
d.update({"z": 3}, w=4)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c))
print(dict.fromkeys([1, 2], "v"), dict.fromkeys("ab", []), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print(d.keys(), d.values(), d.items(), len(d), "a" in d, 1 in d, "a" not in d)
for call in [lambda: d.update(1), lambda: d.update([1]), lambda: d.update([("a", 1, 2)]), lambda: d.pop(),
             lambda: d.get(), lambda: d.setdefault([], 1), lambda: dict.fromkeys(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
