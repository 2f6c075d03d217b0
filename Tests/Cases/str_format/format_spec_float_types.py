# Float presentation types e/E/f/F/g/G/% and the alternate form.
values = [0.0, 1.0, 1.5, -2.25, 123456.789, 1e-7, 1e22, float("inf"), float("nan"), -0.0]
for v in values:
    print(repr(v), [format(v, s) for s in ["e", "E", "f", "F", "g", "G", "%", ".1e", ".0f", "#.0f", ".3g", "#.3g", "#g"]])
print(format(1e16, ".17g"), format(0.1, ".20f"), format(1 / 3, ".30f"), format(2 ** -20, ".25e"))
print(format(123.456, "+012.3f"), format(-123.456, " 012.3e"), format(1234567.891, ",.2f"), format(1e6, "_.1f"))
print(format(0.000012345, "g"), format(0.00012345, "g"), format(123456789.0, "g"), format(1234567.0, ".7g"))
print(format(9.999999, ".3g"), format(9.5, ".0f"), format(10.5, ".0f"), format(0.05, ".1f"), format(0.15, ".1f"))
for spec in ["d", "x", "c", ".2s", "#.0%"]:
    try:
        print(repr(spec), repr(format(2.5, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
