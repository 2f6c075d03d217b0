# keys/values/items views are live and support set operations (keys and items).
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, i, len(k), list(i))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(("b", 2) in i, ("b", 3) in i, "b" in k, 2 in v, sorted(i & {("c", 3)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(v == v, d.values() == d.values())
print(type(k).__name__, type(v).__name__, type(i).__name__, repr({}.keys()), repr({1: 2}.items()))
print(k.mapping if hasattr(k, "mapping") else None)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": []}.items() & {("a", 1)}
except TypeError as e:
    print(type(e).__name__, e)
