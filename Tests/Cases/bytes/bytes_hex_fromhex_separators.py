# bytes.hex with separators grouped from the right (positive) or left (negative); fromhex error positions.
b = bytes(range(250, 256)) + b"\x00\x10"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b.hex(b"|", 3), b"".hex(), b"\x0f".hex("x"), b.hex(":", 100), b.hex(sep="_"))
print(b"abcde".hex(":", 2), b"abcde".hex(":", -2), b.hex(bytes_per_sep=2), bytearray(b"\x01\x02\x03").hex(".", 1))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD  be ef"), bytes.fromhex(""), bytes.fromhex(" 01\n02\t"), bytes.fromhex("12\x0b34\x0c"))
print(bytearray.fromhex("ff00"), type(bytearray.fromhex("ff")).__name__, b"".fromhex("41"))
for bad in ["abc", "zz", "0g", "a b", "12 3", " 1 ", "é", "4142é"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for sep in ["ab", "é", 1, b"ab", b"\xff"]:
    try:
        b.hex(sep)
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
for call in [lambda: bytes.fromhex(b"ab"), lambda: bytes.fromhex(), lambda: b"a".hex(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
