# type() adds __dict__, __weakref__ and __doc__ entries to a class namespace as CPython does.
class C:
    "documented"
    x = 1
class D(C):
    pass
class E(Exception):
    pass
class L(list):
    pass
class I(int):
    pass
for cls in [C, D, E, L, I, type("T", (), {})]:
    print(cls.__name__, list(cls.__dict__))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"], C.__doc__, D.__doc__)
c = C()
c.y = 2
print(c.__dict__, C.__dict__["__dict__"].__get__(c, C) is c.__dict__)
c.__dict__ = {"z": 3}
print(c.z, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(C.__dict__).__name__, type(type.__dict__["__dict__"]).__name__)
