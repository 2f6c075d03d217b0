# If the right operand's type is a subclass overriding the reflected method, it goes first.
class Base:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return f"Base.__add__({self.name}, {other.name})"
    def __radd__(self, other):
        return f"Base.__radd__({self.name}, {other.name})"
    def __lt__(self, other):
        return f"Base.__lt__({self.name}, {other.name})"
    def __gt__(self, other):
        return f"Base.__gt__({self.name}, {other.name})"
class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.name}, {other.name})"
    def __gt__(self, other):
        return f"Derived.__gt__({self.name}, {other.name})"
class NoOverride(Base):
    pass
b, d, n = Base("b"), Derived("d"), NoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(b < n)
print(d < b)
class Int(int):
    def __radd__(self, other):
        return "Int.__radd__"
    def __rsub__(self, other):
        return "Int.__rsub__"
print(1 + Int(2), 1 - Int(2), Int(2) + 1, 1.5 + Int(2))
