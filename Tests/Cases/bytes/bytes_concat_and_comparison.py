# bytes concatenation, repetition and comparison rules.
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"a" + bytearray(b"b"), b"a" + memoryview(b"m"))
for call in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: b"a" * b"b", lambda: b"a" < "b",
             lambda: b"a" - b"a"]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"a" == "a", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"" < b"\x00", b"Z" < b"a")
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), b"abc" == b"abc")
x = b"ab"
y = x
x += b"c"
print(x, y, x is y)
