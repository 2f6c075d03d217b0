# __match_args__ from a metaclass property, __slots__ attributes (unset means no match), __getattr__, nested patterns.
class M(type):
    @property
    def __match_args__(cls):
        print("metaclass property")
        return ("a",)
class C(metaclass=M):
    a = 1
match C():
    case C(x):
        print("x", x)
class Slots:
    __slots__ = ("p", "q")
    __match_args__ = ("p", "q")
s = Slots(); s.p = 1
match s:
    case Slots(p, q):
        print("both")
    case Slots(p):
        print("only p", p)
class GA:
    def __getattr__(self, name):
        return "dyn-" + name
match GA():
    case GA(anything=v, other=w):
        print(v, w)
match 5:
    case bool():
        print("bool")
    case int(real=5):
        print("int real")
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match {"a": {"b": {"c": 1}}}:
    case {"a": {"b": {"c": v}}}:
        print("deep", v)
match (1, 2):
    case [1, 2] | (3, 4) if False:
        print("no")
    case x if x == (1, 2):
        print("guard on capture")
match "x":
    case "x" | "y" as letter:
        print(letter)
match 0:
    case 0 | 0.0 | False:
        print("zeroish")
