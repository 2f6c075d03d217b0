# Reprs and binding of builtin method descriptors, slot wrappers and getset descriptors.
print(repr(list.append), repr(int.__add__), repr(object.__init__), repr(int.real), repr(len))
print(type(list.__dict__["append"]).__name__, type(int.__dict__["__add__"]).__name__)
print(list.append.__objclass__ is list, int.__add__.__objclass__ is int, int.real.__objclass__ is int)
print([].append.__self__, (5).__add__.__self__, (5).__add__(3), int.__add__(2, 3), int.real.__get__(7))
print(list.__len__([1, 2]), list.__getitem__([1, 2], -1), dict.__getitem__({"a": 1}, "a"))
for label, call in [("append()", lambda: list.append()), ("len(1)", lambda: list.__len__(1)),
                    ("upper(1)", lambda: str.upper(1)), ("add('a', 1)", lambda: int.__add__("a", 1)),
                    ("init()", lambda: object.__init__()), ("real set", lambda: setattr(5, "real", 1))]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
class C:
    pass
C.f = len
C.m = list.append
print(C.f("abc"))
lst = []
C.m(lst, 1)
print(lst, hasattr(list.append, "__get__"), list.append.__get__([9]).__self__)
