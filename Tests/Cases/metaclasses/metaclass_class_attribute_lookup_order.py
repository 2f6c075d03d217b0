# Attribute lookup on a class: metaclass data descriptors, then the class MRO, then the metaclass.
class Desc:
    def __get__(self, obj, owner):
        return "meta data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only via metaclass")
class Meta(type):
    x = Desc()
    y = "meta plain attribute"
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class C(metaclass=Meta):
    x = "class x"
    y = "class y"
print(C.x, C.y, C.z, C().x)
try:
    C.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
class D(C):
    pass
print(D.y, D.nothing)
