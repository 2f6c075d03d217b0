# Subclasses of int: results of arithmetic are plain ints; overrides are honoured.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), str(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(+a).__name__)
print(type(abs(a)).__name__, type(a * 1).__name__, isinstance(a, int), a == 5, hash(a) == hash(5))
class Loud(int):
    def __add__(self, other):
        return "Loud.__add__"
    def __radd__(self, other):
        return "Loud.__radd__"
l = Loud(1)
print(l + 1, 1 + l, l + l, int(l) + 1)
class Pos(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
print(Pos(-7), type(Pos(-7)).__name__, Pos("-3") if False else Pos(-3) * 2)
class WithAttr(int):
    pass
w = WithAttr(3)
w.tag = "t"
print(w, w.tag, vars(w))
print(int(MyInt(9)), type(int(MyInt(9))).__name__, MyInt("ff", 16))
print(sorted([MyInt(3), 1, MyInt(2)]))
