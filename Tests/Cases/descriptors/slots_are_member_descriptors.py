# __slots__ entries become member descriptors on the class.
class P:
    __slots__ = ("x", "y")
desc = P.__dict__["x"]
print(type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
p = P()
desc.__set__(p, 10)
print(p.x, desc.__get__(p, P), desc.__get__(None, P) is desc)
try:
    desc.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)
desc.__delete__(p)
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class Q:
    __slots__ = ()
try:
    Q().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(P.__slots__, "x" in dir(P), hasattr(p, "__dict__"), P.x is desc)
