# Subclasses can extend a parent's property with .setter/.getter, creating a new property.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Writable(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 2
w = Writable()
w.v = 5
print(w.v, Base.v is Writable.v, Base.v.fset, Writable.v.fset.__name__)
try:
    Base().v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Shout(Base):
    @Base.v.getter
    def v(self):
        return f"{self._v}!"
print(Shout().v, Base().v)
class Plain(Base):
    v = "class attribute replaces property"
print(Plain().v)
class UsesSuper(Base):
    @property
    def v(self):
        return super().v + 100
print(UsesSuper().v)
