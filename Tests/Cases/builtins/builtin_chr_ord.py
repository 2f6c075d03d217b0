# chr() and ord() round-trip code points; errors for out-of-range values and wrong lengths.
for cp in [0, 65, 127, 128, 255, 256, 0x20AC, 0xD800, 0xFFFF, 0x10000, 0x10FFFF]:
    ch = chr(cp)
    print(cp, repr(ch), ord(ch) == cp)
for bad in [-1, 0x110000, 2 ** 100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [65.0, "A", None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 65, b"", b"ab", bytearray(b"xy")]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"\xff")), ord("\U0001F40D"))
