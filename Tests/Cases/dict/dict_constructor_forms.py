# dict() from mappings, iterables of pairs and keyword arguments, with errors.
print(dict(), dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1), ["b", 2]]), dict(zip("ab", (1, 2))))
print(dict([("a", 1), ("a", 2)]), dict({"a": 1}, a=3), dict(["xy", "zw"]), dict(((1, 2),)))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(dict(Mapping()), {**Mapping()}, {**{"a": 1}, "b": 2, **{"a": 3}})
for bad in [[1, 2], [("a", 1, 2)], ["abc"], 5, [None]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
