# Rich comparisons: reflection, NotImplemented, identity fallback for ==, __ne__ from __eq__.
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"Num({self.v}).__eq__")
        return isinstance(other, Num) and self.v == other.v
    def __lt__(self, other):
        print(f"Num({self.v}).__lt__")
        return self.v < other.v if isinstance(other, Num) else NotImplemented
    __hash__ = None
a, b = Num(1), Num(2)
print(a == Num(1), a != Num(1), a != b)
print(a < b, b > a)
print(a == 1, 1 == a)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
class NotEqualOnly:
    def __ne__(self, other):
        return "custom ne"
print(NotEqualOnly() != 1, NotEqualOnly() == 1)
class EqReturnsNI:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNI()
print(x == x, x == EqReturnsNI(), x != x)
