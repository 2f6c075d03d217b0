# Metaclass __new__/__init__/__call__ hooks, custom mro(), type.__prepare__ and __subclasses__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", 0)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __instancecheck__(cls, obj): return obj == 42
class A(metaclass=Meta, flag=3):
    def __init__(self, x=0): self.x = x
a = A(5)
print(A.added, a.x, a.via_meta, repr(A), type(A), isinstance(42, A), isinstance(a, A))
print(type(A).__mro__, Meta.__name__, Meta.__qualname__, A.__class__ is Meta)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t"): pass
print(Sub.tag)
try:
    class Bad(Base, unknown=1): pass
except TypeError as e: print(e)
class P:
    @classmethod
    def __prepare__(mcls, name, bases): return {"pre": 1}
T = type("T", (object,), {"a": 1})
print(T.a, T.__module__, T.__qualname__, type("U", (T,), {}).__mro__)
try: type("V", (1,), {})
except TypeError as e: print(e)
try: type("V", (), [])
except TypeError as e: print(e)
try: type(1, 2)
except TypeError as e: print(e)
class M2(type): pass
class M3(type): pass
class X(metaclass=M2): pass
class Y(metaclass=M3): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
print(type.__prepare__("n", ()), type(type.__prepare__))
class WithMro(type):
    def mro(cls): return [cls, object]
class Q(metaclass=WithMro): pass
print(Q.__mro__)
print(Meta.__subclasses__(Meta), type.__subclasses__(Base))
