# KeyError formats with repr; IndexError and others with str.
for e in [KeyError("a"), KeyError(1), KeyError("a", "b"), KeyError(""), KeyError(None), IndexError("a"), LookupError("a")]:
    print(type(e).__name__, "str=" + str(e), "repr=" + repr(e))
try:
    {"x": 1}["y"]
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e, e.args)
class MyKeyError(KeyError):
    pass
print(str(MyKeyError("z")), repr(MyKeyError("z")))
