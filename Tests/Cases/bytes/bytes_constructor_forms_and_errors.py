# bytes() and bytearray() accept nothing, a count, an iterable of ints, str + encoding, bytes-like or __bytes__; bad forms raise CPython's errors.
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 2
class BadBytes:
    def __bytes__(self):
        return "not bytes"
print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes({3: "x"}), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("é", "utf-8"), bytes("ab", encoding="ascii"), bytes(source=b"kw"), bytes(WithBytes()), bytes(WithIndex()), bytes([True, 255]))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray("é", "latin-1"), bytearray(b"x"), bytearray(WithIndex()), bytearray(iter([9])))
x = b"same"
print(bytes(x) is x, bytearray(x) is x)
makers = [bytes, bytearray]
for make in makers:
    bad = [lambda: make("abc"), lambda: make([256]), lambda: make([-1]), lambda: make(-1), lambda: make(["a"]),
           lambda: make(1.5), lambda: make(b"x", "utf-8"), lambda: make("x", "no-codec"), lambda: make(None),
           lambda: make(1, 2), lambda: make("a", errors="strict"), lambda: make(b"x", errors="x"), lambda: make(x=1),
           lambda: make(2 ** 70), lambda: make([2 ** 70]), lambda: make("€", "latin-1"), lambda: make(encoding="ascii")]
    for call in bad:
        try:
            print(repr(call()))
        except (TypeError, ValueError, LookupError, OverflowError) as e:
            print(make.__name__, type(e).__name__, e)
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
