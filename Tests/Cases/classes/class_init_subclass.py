# __init_subclass__ runs for each new subclass, receiving class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Alpha(Plugin, name="alpha"):
    pass
class Beta(Plugin):
    pass
class Gamma(Alpha, name="gamma"):
    pass
print(sorted(Plugin.registry), Plugin.registry["gamma"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class C1(Counted): pass
class C2(Counted): pass
class C3(C2): pass
print(C1.index, C2.index, C3.index, Counted.subclasses, hasattr(Counted, "index"))
try:
    class NoKw(C1, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
