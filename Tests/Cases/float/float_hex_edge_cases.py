# float.hex and float.fromhex at the edges: subnormals, rounding, overflow, bad input.
for v in [5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, -1.5, 1 / 3, 2.0 ** -1074 * 3]:
    print(v.hex(), float.fromhex(v.hex()) == v)
for s in ["0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1.8p-1075",
          "0x1p-99999999999999999999", "0x" + "f" * 40 + "p-2000", "-0x0p0", "  inFinity ", "0x1_0p0", "0x1p", "1e5", "0x.p1"]:
    try:
        print(repr(s[:20]), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s[:20]), type(e).__name__, e)
for bad in [lambda: float.fromhex(5), lambda: float.hex(5), lambda: (1.5).hex(1), lambda: float.fromhex()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
