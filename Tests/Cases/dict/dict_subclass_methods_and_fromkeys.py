# dict methods on subclasses: fromkeys builds the subclass, copy and | give plain dicts.
class D(dict):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d, type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
d |= {"c": 1}
print(type(d).__name__, d)
class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
r = Recording.fromkeys([1, 2])
print(r)
print({"a": 1}.popitem(), dict(a=1, b=2).popitem())
e = {}
for i in range(5):
    e[i] = i
del e[4]
e[9] = 9
print(e.popitem(), e.popitem(), e)
try:
    dict.fromkeys(1)
except TypeError as err:
    print(type(err).__name__, err)
print(dict([(1, 2)], x=3) if False else dict({1: 2}, **{"x": 3}), dict(x=1).__or__(5), dict.__ror__({}, 5))
