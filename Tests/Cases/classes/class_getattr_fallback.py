# __getattr__ is only called when normal lookup fails.
class Proxy:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
p = Proxy()
print(p.existing, p.inst, p.dyn_hello)
print(getattr(p, "dyn_x"), getattr(p, "missing", "default"), hasattr(p, "missing"), hasattr(p, "dyn_y"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value
lz = Lazy()
print(lz.abc, lz.abc, lz.__dict__)
print("explicit dunder lookup goes through __getattr__:", lz.__len__)
try:
    len(lz)
except TypeError as e:
    print(type(e).__name__, e)
