# Plain functions are non-data descriptors: __get__ makes bound methods.
def f(self, x=0):
    return (type(self).__name__, x)
class C:
    method = f
c = C()
bound = f.__get__(c, C)
print(bound(), bound(5), c.method(1), C.method(c, 2), C.__dict__["method"] is f, f.__get__(None, C) is f)
print(type(bound).__name__, bound.__self__ is c, bound.__func__ is f)
c.method = f
try:
    c.method()
except TypeError as e:
    print(type(e).__name__, e)
print(c.method(c))
C.lam = lambda self: "lambda method"
print(C().lam())
C.builtin = len
print(C.builtin([1, 2]))
try:
    C().builtin()
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(f, "__get__"), hasattr(f, "__set__"), hasattr(len, "__get__"))
