# split/subgroup also take a tuple of exception types or a predicate (a Python function) called on
# groups and leaves; other callables are rejected.
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
print(repr(eg.split((ValueError, KeyError))))
print(repr(eg.split((OSError,))))
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, ValueError) or (isinstance(e, ExceptionGroup) and e.message == "inner")
print(repr(eg.split(pred)))
print("predicate saw:", seen)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.subgroup(lambda e: False)))
print(eg.subgroup(lambda e: e is eg) is eg)
print(repr(eg.split(lambda e: "1" in str(e) or "4" in str(e))))
class Callable:
    def __call__(self, e):
        return isinstance(e, KeyError)
for other in [Callable(), len, Callable().__call__]:
    try:
        print(repr(eg.subgroup(other)))
    except TypeError as e:
        print(type(other).__name__, type(e).__name__, e)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
def raising(e):
    raise RuntimeError("predicate failed on " + type(e).__name__)
try:
    eg.split(raising)
except RuntimeError as e:
    print(type(e).__name__, e)
