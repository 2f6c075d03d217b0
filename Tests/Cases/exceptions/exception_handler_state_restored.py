# The "currently handled exception" is restored after nested handlers finish.
def current():
    try:
        raise
    except RuntimeError as e:
        if str(e) == "No active exception to reraise":
            return "nothing being handled"
        return repr(e)
    except BaseException as e:
        return repr(e)
print(current())
try:
    raise ValueError("outer")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current())
    print(current())
    try:
        raise TypeError("swallowed")
    except TypeError:
        pass
    print(current())
print(current())
def handler_in_function():
    try:
        raise IndexError("in function")
    except IndexError:
        return current()
try:
    raise OSError("caller's")
except OSError:
    print(handler_in_function())
    print(current())
