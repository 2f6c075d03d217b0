# __slots__ validation, name mangling, __dict__/__weakref__ entries and layout conflicts.
def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
attempt("int item", lambda: type("A", (), {"__slots__": (1,)}))
attempt("not identifier", lambda: type("A", (), {"__slots__": ("a-b",)}))
attempt("dict twice", lambda: type("A", (), {"__slots__": ("__dict__", "__dict__")}))
class HasDict:
    pass
attempt("dict with dict base", lambda: type("A", (HasDict,), {"__slots__": ("__dict__",)}))
class X:
    __slots__ = ("a",)
class Y:
    __slots__ = ("b",)
attempt("layout conflict", lambda: type("XY", (X, Y), {}))
class Private:
    __slots__ = ("__secret", "plain")
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
p = Private()
p.set(42)
print(p.get(), sorted([k for k in Private.__dict__ if not k.startswith("__")]))
print(repr(Private.__dict__["_Private__secret"]), Private.plain.__name__, Private.plain.__qualname__)
class WeakOnly:
    __slots__ = ("__weakref__",)
print(WeakOnly().__weakref__, "__weakref__" in WeakOnly.__dict__, hasattr(WeakOnly(), "__dict__"))
class Empty:
    __slots__ = ()
print(sorted(Empty.__dict__), hasattr(Empty(), "__dict__"))
class Sub(X):
    pass
s = Sub()
s.a = 1
s.other = 2
print(s.a, s.__dict__, sorted(Sub.__dict__))
try:
    X().a
except AttributeError as e:
    print(type(e).__name__, e)
