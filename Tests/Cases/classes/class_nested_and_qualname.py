# Nested classes, __qualname__, __module__ and class bodies as namespaces.
class Outer:
    class Inner:
        class Deep:
            pass
        def method(self):
            return "inner method"
    value = Inner.Deep.__qualname__
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.value, Outer().make().__qualname__)
print(Outer.Inner.__name__, Outer.__module__, Outer.Inner.__module__, Outer.Inner().method())
print(Outer.Inner.method.__qualname__, Outer.make.__qualname__)
class Body:
    total = 0
    for i in range(4):
        total += i
    del i
    names = [n for n in ["a", "b"]]
print(Body.total, Body.names, hasattr(Body, "i"))
print(sorted([k for k in vars(Body) if not k.startswith("__")]))
