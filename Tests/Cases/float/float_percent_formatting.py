# printf-style %-formatting of floats.
x = 3.14159265
print("%f|%.2f|%10.4f|%-10.2f|%+.1f|% .3f|%010.3f" % (x, x, x, x, x, x, -x))
print("%e|%.2e|%E|%g|%G|%.3g|%#g|%#.3g" % (x, x, x, x, 1e-10, 1234.5, 2.0, 2.0))
print("%g|%g|%g|%g|%g" % (100000.0, 1000000.0, 0.0001, 0.00001, 1e100))
print("%r|%s|%a" % (0.1, 0.1, 1e16))
print("%d|%i|%u" % (3.99, -3.99, 2.5))
print("%.0f|%.0f|%.0f|%.0f" % (0.5, 1.5, 2.5, -0.5))
print("%5.1f%%" % 99.44)
print("%*.*f" % (10, 2, x))
print("%(a).3f %(b)e" % {"a": 1.0, "b": 2.0})
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%F %E %G" % (float("inf"), float("nan"), float("-inf")))
for fmt, arg in [("%x", 1.5), ("%c", 65.0), ("%d", "1.5"), ("%f", "x")]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
