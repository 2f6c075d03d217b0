# The behaviour object provides to every class.
o = object()
print(type(o).__name__, o == o, o != o, o == object(), hash(o) == hash(o), bool(o), str(o) == repr(o))
for call in [lambda: setattr(o, "x", 1), lambda: o.x, lambda: o < o]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
print(object.__init_subclass__(), object.__subclasshook__(), object.__class__.__name__, type(o).__bases__)
class C:
    pass
c = C()
print(c.__class__.__name__, C.__bases__[0] is object, c.__dict__, C.__dict__["__module__"], c.__module__)
print(object.__format__(c, "") == str(c), object.__reduce_ex__ is not None, "__dict__" in dir(c), "__weakref__" in dir(C))
c.__class__ = type("D", (), {})
print(type(c).__name__)
try:
    c.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
