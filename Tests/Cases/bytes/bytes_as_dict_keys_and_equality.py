# bytes hash like equal bytes (usable as dict keys); bytearray compares equal to bytes but is unhashable.
d = {b"k": 1, b"key": 2}
d[b"k"] = 3
d[bytes(b"key")] += 10
print(d, d.get(b"key"), b"k" in d, b"K" in d, d.get(bytes([107])))
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))), hash(b"") == 0, b"x" == bytearray(b"x"), bytearray(b"x") in [b"x"])
print(b"a" == "a", b"a" != "a", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"" < b"\x00", b"Z" < b"a", bytearray(b"b") > b"a")
print(sorted([b"b", b"a", bytearray(b"ab"), b""]), max(b"abc", bytearray(b"abd")), min([b"b", b"a"]))
for call in [lambda: hash(bytearray(b"x")), lambda: {bytearray(b"x"): 1}, lambda: b"a" < "a", lambda: bytearray(b"a") >= 1]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
