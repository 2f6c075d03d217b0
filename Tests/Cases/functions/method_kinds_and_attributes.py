# Bound methods, classmethods, staticmethods and builtin methods: types, attributes, binding.
class A:
    def m(self): return 1
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 2
a = A()
print(type(A.__dict__["c"]).__name__, type(A.c).__name__, A.c.__self__ is A, a.c.__self__ is A, A.c.__func__ is A.__dict__["c"].__func__)
print(a.m.__func__ is A.m, a.m == a.m, a.m != A().m, hash(a.m) == hash(a.m), A.s(), a.s())
print(repr(a.m)[:22], repr(A.c)[:32], repr(A.m)[:18])
m = a.m
print(m.__name__, m.__qualname__, m.__doc__, m.__module__)
try: m.x = 1
except AttributeError as e: print(e)
def f(): pass
f.attr = 5
print(a.m.__func__.__name__, f.__get__(a).__self__ is a)
try: f.__get__()
except TypeError as e: print(e)
try: f.__get__(None, None)
except TypeError as e: print(e)
import sys
print(type(sys.getrecursionlimit).__name__, sys.getrecursionlimit.__self__)
print([].append == [].append, (l := []).append == l.append)
print(type(a.__init__).__name__, type(A.__init__).__name__, type(a.__eq__).__name__, a.__eq__(a), a.__ne__(a))
print(a.__class__, a.__class__.__class__)
print(A.m.__get__(a)(), A.m.__get__(a, A)())
print(type(int.__dict__["from_bytes"]).__name__, int.from_bytes.__self__ is int, type(int.from_bytes).__name__)
print(getattr(A, "__dict__")["m"] is A.m)
print(object.__subclasshook__(), object.__init_subclass__ is not None)
