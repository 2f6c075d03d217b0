# raise X from Y sets __cause__ and __suppress_context__.
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("could not parse " + repr(text)) from exc
try:
    parse("abc")
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, e.__context__ is e.__cause__)
try:
    raise KeyError("k") from ValueError("explicit cause")
except KeyError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise TypeError("t") from 5
except TypeError as e:
    print(type(e).__name__, e)
err = ValueError("manual")
err.__cause__ = KeyError("c")
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print(type(e).__name__, e)
