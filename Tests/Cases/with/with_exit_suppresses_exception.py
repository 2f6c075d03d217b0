# A truthy return value from __exit__ suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return "truthy string"
        return None
with Suppress(ValueError):
    raise ValueError("quiet")
print("continued after suppression")
try:
    with Suppress(KeyError):
        raise TypeError("loud")
except TypeError as e:
    print("propagated", e)
with Suppress(ZeroDivisionError):
    x = 1 / 0
    print("not reached")
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
class Truthy:
    def __bool__(self):
        print("__bool__ of exit result")
        return True
class ReturnsTruthy:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        return Truthy()
with ReturnsTruthy():
    raise RuntimeError("suppressed by object")
print("done")
