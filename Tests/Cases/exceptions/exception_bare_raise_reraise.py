# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def raise_outside():
    raise
try:
    raise_outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
except KeyError as e:
    print("after nested handler, bare raise gives:", repr(e))
def helper():
    raise
try:
    try:
        raise IndexError("handled in caller")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised:", repr(e))
