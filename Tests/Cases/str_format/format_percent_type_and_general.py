# The '%' type multiplies by 100; 'g' switches between fixed and exponent forms.
for v in [0, 0.5, 1, 0.12345, -0.001, 12.5, 1e-10, 2]:
    print(repr(v), format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "08.1%"))
for v in [1e-5, 1e-4, 0.1, 1.0, 10.0, 123456.0, 1234567.0, 1e15, 1e16, 0.0001234, 1.5e-5]:
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, "#.2g"), format(v, ".10g"), format(v, ""))
print(format(float("inf"), "%"), format(float("-inf"), "G"), format(float("nan"), "#g"), format(0.0, "#.3g"))
print(format(-0.0, "g"), format(-0.0, "%"), format(-1e-300, ".0f"), format(-0.4, ".0f"), format(1e300, ".0e"))
print("%g %G %.2g %#.4g %g" % (0.00001, 1e-20, 12345, 1.0, 100))
