# bool() of builtin values, __bool__ and __len__ protocols and their errors.
values = [0, 1, -1, 0.0, -0.0, 0.5, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0], (), (None,),
          {}, {0: 0}, set(), frozenset([0]), range(0), range(1), None, Ellipsis, float("nan")]
for value in values:
    print(repr(value), bool(value), "yes" if value else "no", not value)

class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Plain:
    pass

print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), bool(Plain()))
for bad in [WithBool(1), WithBool("yes"), WithLen(-1), WithLen("x")]:
    try:
        bool(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    if WithBool(None): pass
except TypeError as e:
    print("in if:", e)
