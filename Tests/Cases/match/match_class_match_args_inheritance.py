# __match_args__ is looked up on the class like any attribute: inherited, overridden, or set later.
class Base:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = "A"
        self.b = "B"

class Child(Base):
    pass

class Override(Base):
    __match_args__ = ("b",)

class Emptied(Base):
    __match_args__ = ()

for obj in [Base(), Child(), Override()]:
    match obj:
        case Base(x):
            print(type(obj).__name__, "first positional is", x)

try:
    match Emptied():
        case Emptied(x):
            print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)

Child.__match_args__ = ("b", "a")
match Child():
    case Child(x, y):
        print("after assignment:", x, y)

class IntWithArgs(int):
    __match_args__ = ("real", "imag")

match IntWithArgs(4):
    case IntWithArgs(r, i):
        print("int subclass with __match_args__:", r, i)
