# Exceptions raised inside pattern checks (eq, len, getattr, get, guards) propagate with their type and message.
class BadEq:
    def __eq__(self, other):
        raise ArithmeticError("eq failed")

class Consts:
    bad = BadEq()

class BadAttr:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise KeyError("x property")

class BadLen(dict):
    def __len__(self):
        raise OSError("len failed")

def attempts():
    def eq():
        match 1:
            case Consts.bad:
                return "matched"
    def attr():
        match BadAttr():
            case BadAttr(1):
                return "matched"
    def length():
        match BadLen(a=1):
            case {"a": 1}:
                return "matched"
    def unhashable_rest():
        match {"a": 1}:
            case {"a": 1, **rest}:
                return rest
    return [eq, attr, length, unhashable_rest]

for fn in attempts():
    try:
        print(fn.__name__, fn())
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
