# Views compare like sets against sets and other views; values views compare by identity.
d = {"x": 1, "y": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k == {"x", "y"}, {"x", "y"} == k, k == frozenset("xy"), k != {"x"}, k == ["x", "y"], k == d.keys())
print(k < {"x", "y", "z"}, k <= {"x", "y"}, k > {"x"}, k >= {"x", "q"}, {"x"} < k, {"x", "z"} < k)
print(i == {("x", 1), ("y", 2)}, i == {("x", 1), ("y", 3)}, i <= {("x", 1), ("y", 2), ("z", 0)}, i > {("y", 2)})
print(v == v, v == d.values(), v != d.values(), k == i, {"x": 1}.keys() == {"x": 2}.keys())
try:
    k < 5
except TypeError as e:
    print(type(e).__name__, e)
for view in (k, i):
    try:
        hash(view)
    except TypeError as e:
        print(type(e).__name__, e)
print(k.mapping, i.mapping["y"], len(v.mapping), "x" in k.mapping, list(k.mapping), type(k.mapping).__name__, k.mapping == d)
print(repr(v.mapping), k.mapping.get("z", 0), sorted(i.mapping.keys()))
try:
    k.mapping["q"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
