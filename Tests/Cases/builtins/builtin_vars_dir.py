# vars() returns __dict__; dir() lists attributes sorted.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
c = C()
print(vars(c), [k for k in dir(c) if not k.startswith("__")])
print([k for k in dir(C) if not k.startswith("__")], "inst" in dir(C))
print([k for k in vars(C) if not k.startswith("__")])
print([k for k in dir([]) if not k.startswith("_")])
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars())
print(f())
