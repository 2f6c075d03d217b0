# __set__ and __delete__ are called for assignments and del through instances only.
class Tracked:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return obj.__dict__.get("_" + self.name, "unset") if obj is not None else self
    def __set__(self, obj, value):
        print(f"__set__ {self.name}={value!r}")
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print(f"__delete__ {self.name}")
        obj.__dict__.pop("_" + self.name, None)
class C:
    a = Tracked()
c = C()
c.a = 1
print(c.a)
del c.a
print(c.a)
setattr(c, "a", 2)
delattr(c, "a")
C.a = "plain class attribute now"
c.a = 3
print(c.a, C.a, vars(c))
