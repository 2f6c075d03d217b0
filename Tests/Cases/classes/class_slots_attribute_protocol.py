# Slots through getattr/vars/object.__setattr__/__delattr__, slot inheritance, __class__ assignment, exception subclasses.
class P:
    __slots__ = ("x",)
p = P()
print(hasattr(p, "x"), getattr(p, "x", "dflt"))
p.x = 1
print(vars(P)["x"].__get__(p), p.__getstate__() if hasattr(p, "__getstate__") else None)
try: vars(p)
except TypeError as e: print(e)
try: p.__dict__
except AttributeError as e: print(e)
P.x.__set__(p, 3); print(p.x)
class Q(P):
    __slots__ = ("y",)
q = Q(); q.x = 1; q.y = 2
print(q.x, q.y, Q.__slots__, sorted(Q.__dict__))
class R:
    __slots__ = ("a",)
r = R()
try: r.__class__ = Q
except TypeError as e: print(e)
class R2:
    __slots__ = ("a",)
r.__class__ = R2
print(type(r).__name__)
try: object.__setattr__(p, "zz", 1)
except AttributeError as e: print(e)
print(object.__getattribute__(q, "y"))
try: object.__delattr__(q, "y"); object.__delattr__(q, "y")
except AttributeError as e: print(e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b, str(e), repr(e), e.__dict__)
class WithStr(Exception):
    def __str__(self): return "custom"
print(str(WithStr("x")), repr(WithStr("x")))
