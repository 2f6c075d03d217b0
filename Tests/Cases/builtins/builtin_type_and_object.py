# type() with one argument returns the class; object() is the base instance.
print(type(1).__name__, type(True).__name__, type(None).__name__, type(type).__name__, type(print).__name__, type(lambda: 0).__name__)
print(type([]) is list, type({}) == dict, type(()) in (tuple, list), type(1.0) is not int)
class A: pass
a = A()
print(type(a) is A, type(a).__name__, a.__class__ is A, type(A) is type)
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(int, "5"), type(int("5")))
