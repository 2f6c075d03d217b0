# Fixed-point formatting of floats ('%.Nf', format(x, '.Nf'), f-strings): correct rounding
# of the exact binary value (ties to even), tiny, huge and negative values, every precision.
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 5e-324, 2.2250738585072014e-308,
          0.1, 0.7, 123456.5, 999.9995, 9.995, 0.045, 1 / 3, 2 / 3, -1 / 7, 12345678.87654321,
          2.0 ** 52, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e17, 1e19, 1e20, 1.7976931348623157e308, 4503599627370495.5]
for x in values:
    print(repr(x), ["%.*f" % (p, x) for p in (0, 1, 2, 3, 6, 10, 17, 18, 20)])
    print("  ", format(x, ".3f"), format(x, "f"), f"{x:10.2f}|{x:<+9.1f}|{x:,.2f}", "%5.2f|%-8.3F|%08.2f" % (x, x, x))
for i in range(0, 3000, 37):
    x = i / 3.0 + i * 1e-3
    print(i, "%.2f %.3f %.1f" % (x, x / 7, -x), f"{x / 11:.4f}")
print("%#.0f %#.2f" % (2.5, 1.0), format(1e300, ".2f")[:20], "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
