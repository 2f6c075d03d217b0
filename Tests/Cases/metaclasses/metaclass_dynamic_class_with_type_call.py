# Calling a metaclass directly builds a class, like a class statement does.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = "made by Meta"
        return super().__new__(mcls, name, bases, ns)
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.__name__, Dyn.tag, Dyn.x, type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {})
print(type(Sub).__name__, Sub.tag)
def method(self):
    return self.x * 10
WithMethod = type("WithMethod", (Dyn,), {"method": method, "x": 4})
print(WithMethod().method(), WithMethod.__mro__[1].__name__, type(WithMethod).__name__)
print(type.__call__(Meta, "Direct", (), {}).tag)
