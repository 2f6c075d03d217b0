# KeyError carries the key; str(KeyError) is the repr of the key.
d = {"a": 1}
for key in ["missing", 42, (1, 2), None, "", 3.5, ("single",)]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args, e.args[0] == key)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError("")), repr(KeyError("x")))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
