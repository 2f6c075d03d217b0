# Handlers are tried in order; tuples, base classes and non-matching handlers.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup subclass: " + type(e).__name__
    except LookupError:
        return "other LookupError"
    except ArithmeticError as e:
        return "arithmetic: " + type(e).__name__
    except Exception as e:
        return "generic: " + type(e).__name__
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r")]:
    print(classify(exc))
try:
    try:
        raise ValueError("not caught here")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer got", e)
handlers = (TypeError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("caught by variable tuple:", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("x")
except ():
    print("empty tuple never matches")
except KeyError:
    print("fell through empty tuple")
