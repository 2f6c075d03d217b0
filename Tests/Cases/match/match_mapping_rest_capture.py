# `**rest` captures the remaining items in a new dict, in the subject's order.
class MyDict(dict):
    pass

def rest_of(m):
    match m:
        case {"a": 1, **rest}:
            return ("a=1", rest)
        case {**everything}:
            return ("all", everything)

original = {"z": 26, "a": 1, "m": 13}
kind, rest = rest_of(original)
print(kind, rest, type(rest).__name__, rest is original)
rest["new"] = True
print("original unchanged:", original)
kind, rest = rest_of(MyDict(a=1, b=2))
print(kind, rest, type(rest).__name__)
kind, everything = rest_of({"b": 2})
print(kind, everything)
kind, everything = rest_of({})
print(kind, everything)
match {"x": 1, "y": 2, "z": 3}:
    case {"y": y, **others}:
        print("y", y, "others", others)
