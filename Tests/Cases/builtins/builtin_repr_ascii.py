# repr() and ascii() of builtin values.
values = ["text", "it's", "quote\"", "é", "\n", 1, -1.5, 1e100, 1j, None, True, [1, "a"], (1,), {"k": (1, 2)}, {1, 2},
          frozenset({3}), b"\x00a", bytearray(b"b"), range(3), slice(1, 2), Ellipsis, NotImplemented, int, type(None)]
for v in values:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return "R(ü)"
print(repr(R()), ascii(R()), ascii([R()]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    ascii(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
