# __del__ of __slots__ instances: at refcount zero, in gc cycles through slots, and at exit.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print("del", self.x)
p = P(1)
del p
print("after")
q = P(2)
r = [q]
del q
r.clear()
print("after clear")
import gc
class N:
    __slots__ = ("other", "name")
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a"); b = N("b")
a.other = b; b.other = a
del a, b
print("collected", gc.collect() >= 2)
class M:
    __slots__ = ("v",)
    def __del__(self):
        print("M del", self.v)
m = M(); m.v = [1]
m = None
print("end")
keep = N("exit")
