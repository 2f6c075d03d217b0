# Exception instances have a __dict__ (builtin classes too); __slots__ in a subclass adds slots beside it.
class E(Exception):
    __slots__ = ("a",)

e = E("m")
e.a = 1
e.b = 2
print(e.a, e.b, e.__dict__)
del e.a
try:
    e.a
except AttributeError as err:
    print(type(err).__name__, err)
try:
    del e.a
except AttributeError as err:
    print(type(err).__name__, err)
v = ValueError("x")
v.extra = [1]
print(v.__dict__, vars(v))
del v.extra
print(v.__dict__)
try:
    del v.nothing
except AttributeError as err:
    print(type(err).__name__, err)
print(getattr(KeyError(), "missing", "default"))
v.__dict__ = {"replaced": True}
print(v.replaced)
g = ExceptionGroup("g", [v])
g.tag = "t"
print(g.__dict__, g.exceptions[0].replaced)
try:
    raise E("raised") from None
except E as caught:
    caught.a = "slot after raise"
    print(caught.a, caught.args, caught.__suppress_context__)
