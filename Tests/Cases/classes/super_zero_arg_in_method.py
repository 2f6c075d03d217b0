# super() without arguments in instance methods, __init__, and chained overrides.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base(x={self.x})"
    def __repr__(self):
        return "repr from Base"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Mid.__init__", y)
    def describe(self):
        return "Mid+" + super().describe()
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return "Leaf+" + super().describe()
    def __repr__(self):
        return "Leaf/" + super().__repr__()
leaf = Leaf()
print(leaf.describe(), repr(leaf), leaf.x, leaf.y)
class WithAttr(Base):
    value = "WithAttr.value"
class Sub(WithAttr):
    value = "Sub.value"
    def get(self):
        return super().value, super().describe
print(Sub(0).get()[0], Sub(0).get()[1]())
print(super(Sub, Sub(5)).value, type(super(Sub, Sub(6))).__name__)
