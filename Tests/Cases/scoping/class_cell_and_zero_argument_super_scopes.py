# The __class__ cell reaches comprehensions inside methods, but zero-argument super() needs a method frame.
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        def inner():
            try:
                return super().m()
            except RuntimeError as e:
                return f"{type(e).__name__}: {e}"
        return inner()
    def uses_class_cell(self):
        return [__class__.__name__ for _ in range(2)]
    def lam(self):
        return (lambda: super().m())()
print(B().m())
print(B().uses_class_cell())
try:
    print(B().lam())
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    try:
        return super().m()
    except RuntimeError as e:
        return f"{type(e).__name__}: {e}"
print(outside())
class C:
    def f(self):
        __class__ = "shadowed"
        return __class__
print(C().f())
class D:
    def g(self):
        return super().__repr__.__self__ is self
print(D().g())
