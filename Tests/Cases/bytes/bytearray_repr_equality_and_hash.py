# bytearray repr, equality with bytes, ordering, and unhashability.
ba = bytearray(b"ab\x00'")
print(ba, repr(ba), str(ba), bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
print(ba == bytes(ba), bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") < b"b", b"ab" > bytearray(b"a"))
print(bytearray(b"a") == "a", bytearray(b"x") != b"y", bytearray(b"abc")[1], bytearray(b"abc")[1:], type(bytearray(b"x")[0:]).__name__)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc").upper(), type(bytearray(b"abc").upper()).__name__, bytearray(b"a,b").split(b","))
print(bytes(bytearray(b"q")), bytearray(b"q") + b"r", b"q" + bytearray(b"r"), type(b"q" + bytearray(b"r")).__name__)
print(bytearray(b"hi").decode(), bytearray(b"abc").hex(), bytearray.fromhex("41 42"), bytearray(b"x") * 3)
