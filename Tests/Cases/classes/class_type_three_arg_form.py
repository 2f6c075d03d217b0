# type(name, bases, dict) creates classes dynamically.
def method(self):
    return f"method of {type(self).__name__} with x={self.x}"
Dyn = type("Dyn", (), {"x": 5, "method": method, "__doc__": "dynamic"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__doc__, d.method(), Dyn.__bases__[0].__name__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {"x": 10})
print(Sub().method(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(type(5) is int, type("s").__name__, type(Dyn) is type, type(type) is type)
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
Empty = type("Empty", (), {})
print(Empty.__name__, len(Empty.__dict__) > 0, Empty().__class__ is Empty)
