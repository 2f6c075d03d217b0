# Calling str's special methods directly: comparisons return NotImplemented, but __add__ and
# __mul__ (sequence slots) raise TypeError themselves.
print(str.__len__("four"), "ab".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"))
print("abc".__mul__(2), "ab".__rmul__(2), "x%sy".__mod__(5), "%s!".__rmod__(3))
print("x".__eq__(1), "x".__ne__(1), "x".__lt__(1), "x".__ge__("a"))
for call in [lambda: "x".__add__(1), lambda: "abc".__mul__("y")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), next("abc".__iter__()))
print("a".__hash__() == hash("a"), "abc".__sizeof__() > 0, "Ab".__format__(">4"), "q".__str__(), "q".__repr__())
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".__add__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__add__(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented is "x".__lt__(1))
