# Integer presentation types, alternate forms, signs and grouping.
for n in [0, 5, -5, 255, -255, 65535, 2 ** 40]:
    print(n, [format(n, t) for t in ["b", "o", "x", "X", "d", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d"]])
print(format(1234567, ","), format(1234567, "_"), format(255, "_b"), format(0xDEADBEEF, "_x"), format(8 ** 8, "_o"))
print(format(-1234567, "+,"), format(1234567, "015,d"), format(1234567, "#_x"), format(10 ** 30, ","))
print(format(97, "c"), format(0x1F600, "c"), format(42, "10c") + "|", format(7, "e"), format(7, ".2f"), format(7, "%"))
for spec in ["s", ",c", "_c", "+c", ".2d", ",b", "z", ",_", "_,"]:
    try:
        print(repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
