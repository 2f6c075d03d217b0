# __missing__ is consulted by d[key] in dict subclasses, but not by get() or `in`.
class Counter(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return 0
c = Counter()
for ch in "abca":
    c[ch] += 1
print(c, c["zzz"], c.get("zzz"), "zzz" in c, len(c))
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print(tree)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)
class NotCalled(dict):
    pass
NotCalled.__missing__ = lambda self, key: "added later"
print(NotCalled()["x"])
class Plain(dict):
    pass
d = Plain()
d.__missing__ = lambda key: "instance attr ignored"
try:
    d["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}["plain dict"]
except KeyError as e:
    print(type(e).__name__, e)
