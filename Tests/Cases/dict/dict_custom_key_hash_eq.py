# User-defined keys: __hash__ picks the bucket, __eq__ resolves collisions.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        print(f"hash {self.name}")
        return self.h
    def __eq__(self, other):
        print(f"eq {self.name} {other.name}")
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name})"
d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
d[Key("A", 1)] = 3
print(d)
print(Key("B", 1) in d)
print(Key("c", 2) in d)
k = Key("id", 5)
d[k] = "same object"
print(d[k])
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
