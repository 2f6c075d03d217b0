# types.ModuleType(name, doc): module objects made at run time, subclasses, errors.
import types
import sys

m = types.ModuleType("fresh", "its doc")
print(m, sorted(m.__dict__.items()))
m.value = 42
print(m.value, m.__name__, m.__doc__)

class Lazy(types.ModuleType):
    def describe(self):
        return "module " + self.__name__

lazy = Lazy("lazy")
print(lazy.describe(), type(lazy).__name__, isinstance(lazy, types.ModuleType), lazy.__doc__)
sys.modules["made_up"] = m
import made_up
print(made_up is m, made_up.value)
print(types.ModuleType(name="named").__name__, types.ModuleType("d", doc=None).__doc__)
for args, kwargs in [((), {}), ((5,), {}), (("a", "b", "c"), {}), (("a",), {"x": 1}), (("a",), {"name": "b"})]:
    try:
        types.ModuleType(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
