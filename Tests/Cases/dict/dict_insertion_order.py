# dicts preserve insertion order; updating keeps position, delete+insert moves to the end.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["apple"] = 100
print(d)
del d["zebra"]
d["zebra"] = 0
print(d)
d.pop("mango")
d.setdefault("mango", 3)
d.setdefault("apple", -1)
print(d)
d.update({"kiwi": 9, "fig": 1})
print(d, list(reversed(d)))
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), {3: "c", 1: "a", 2: "b"})
e = dict.fromkeys("hello")
print(e)
f = {1: "a", 1.0: "b", True: "c"}
print(f)
