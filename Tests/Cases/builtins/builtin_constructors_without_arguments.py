# Builtin type constructors called with no arguments give empty/zero values.
for t in [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool, object]:
    v = t()
    print(t.__name__, repr(v) if t is not object else type(v).__name__)
print(repr(range(0)), slice(None), type(None)(), type(...)(), type(NotImplemented)())
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
