# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in [0.5, 0.1, -2.0, 1e100, 3.75, 0.0, -0.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex())
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "0X1P+10", "inf", "-nan", "0x1.fffffffffffffp+1023", " 0x10 "]:
    print(repr(s), float.fromhex(s))
for bad in ["0x1p99999", "xyz"]:
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__, (1.5).__trunc__())
print((7.9).__floor__(), (7.1).__ceil__(), (-7.9).__floor__(), (-7.1).__ceil__(), (2.5).__round__(), (2.567).__round__(2))
print(float(5), float("  1.5e3 "), float("1_000.5"), float(b"2.5"), float(True), float())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (3.0).__rtruediv__(1))
print((2.0).__pow__(3), (2.0).__rpow__(3), (-1.5).__abs__(), (0.0).__bool__())
