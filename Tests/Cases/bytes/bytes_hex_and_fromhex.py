# bytes.hex with separators and bytes.fromhex parsing.
b = bytes(range(250, 256)) + b"\x00\x10"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b.hex(b"|", 3), b"".hex(), b"\x0f".hex("x"))
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD  be ef"), bytes.fromhex(""), bytes.fromhex(" 01\n02\t"))
for bad in ["abc", "zz", "0g", "a b", "12 3"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for sep in ["ab", "é", 1]:
    try:
        b.hex(sep)
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
print(bytearray.fromhex("ff00").hex(), type(bytearray.fromhex("ff")).__name__, memoryview(b"\x01\x02").hex())
