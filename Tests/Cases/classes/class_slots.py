# __slots__ restricts attributes and removes __dict__ unless listed.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.anything = 2
print(w.a, w.__dict__)
class Child(P):
    pass
c = Child(5)
c.extra = "child has __dict__"
print(c.x, c.__dict__)
class ChildSlots(P):
    __slots__ = ("z",)
cs = ChildSlots(1)
cs.z = 3
print(cs.x, cs.z, hasattr(cs, "__dict__"))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)
