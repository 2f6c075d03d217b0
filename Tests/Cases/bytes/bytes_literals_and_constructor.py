# bytes literals, repr quote choice, and the bytes() constructor forms.
print(b"abc", b"\x00\xff\n\t\\", b"it's", b'say "hi"', b"both ' \"", b"\x7f\x80", rb"\x00")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes("ab", encoding="ascii"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes((1, 2)), bytes({3: "x"}), bytes(memoryview(b"mv")))
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(WithIndex()), len(bytes(10)), bytes(0))
bad = [lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(["a"]),
       lambda: bytes(1.5), lambda: bytes(b"x", "utf-8"), lambda: bytes("x", "no-codec"), lambda: bytes(None)]
for call in bad:
    try:
        print(call())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
