# Augmented assignment uses __iop__, then falls back to __op__ / __rop__.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __add__(self, other):
        print("__add__")
        return Acc(self.v + other)
    def __isub__(self, other):
        print("__isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, other):
        print("__sub__")
        return Acc(self.v - other)
    def __imul__(self, other):
        print("__imul__ returns a string")
        return "replaced"
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
original = a
a += 5
print(a, a is original)
a -= 2
print(a, a is original)
a *= 3
print(a)
class OnlyAdd:
    def __add__(self, other):
        return "OnlyAdd.__add__"
x = OnlyAdd()
x += 1
print(x)
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
y = 1
y += Right()
print(y)
z = object()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    w = [1]
    w -= [1]
except TypeError as e:
    print(type(e).__name__, e)
