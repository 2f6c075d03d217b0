# classmethod wrapping a property, staticmethod/classmethod reprs and attributes, member descriptor methods.
class D:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__ if owner else None)
class C:
    d = D()
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
    sm = staticmethod(len)
    cm = classmethod(lambda cls: cls.__name__)
print(C.d, C().d, C.cp, C().cp)
print(C.sm("ab"), C().sm("abc"), C.cm(), C().cm())
print(type(C.__dict__["sm"]).__name__, C.__dict__["sm"].__func__ is len, C.__dict__["cm"].__wrapped__ is C.__dict__["cm"].__func__)
print(staticmethod(len)("xy"), repr(staticmethod(len))[:25], repr(classmethod(len))[:24])
class E:
    __slots__ = ("a",)
    b = property(lambda self: 1)
e = E()
try: e.b = 2
except AttributeError as x: print(x)
try: del e.b
except AttributeError as x: print(x)
print(E.__dict__["a"].__get__(None, E) is E.a, E.a.__set__.__name__, type(E.a.__set__).__name__)

print(type(E.__dict__).__name__, E.__dict__["a"].__doc__)
class F:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None): return self.name
class G:
    f = F()
print(G.f, G().f)
