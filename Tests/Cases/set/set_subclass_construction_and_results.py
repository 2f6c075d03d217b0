# Subclasses of set and frozenset: construction, repr, and which operations keep the subclass.
class S(set):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag
class F(frozenset):
    def __new__(cls, items=()):
        return super().__new__(cls, items)
s = S([3, 1, 2], tag="x")
print(s, repr(S()), s.tag, type(s.copy()).__name__, type(s | {5}).__name__, type({5} | s).__name__)
print(type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__, type(s.union()).__name__)
r = s
s |= {9}
s -= {1}
print(s is r, type(s).__name__, sorted(s))
f = F([1, 2])
print(f, repr(F()), type(f.copy()).__name__, f.copy() is f, type(f | {3}).__name__)
print(hash(f) == hash(frozenset([2, 1])), f == frozenset({1, 2}), {f: 1}[frozenset({1, 2})])
print(isinstance(s, set), isinstance(f, frozenset), issubclass(F, set), S.__mro__[1].__name__)
g = frozenset([1, 2])
print(frozenset(g) is g, F(g) is g, type(F(g)).__name__, set(g) == g)
class Plain(set):
    pass
p = Plain("aba")
print(sorted(p), len(p), p == {"a", "b"}, bool(Plain()), type(Plain([1]) & Plain([1])).__name__)
try:
    S(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
