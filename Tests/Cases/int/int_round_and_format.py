# round() on ints with negative ndigits (banker's rounding) and int formatting.
for n in [1234, 1250, 1350, -1250, -1251, 15, 25, 5, -5, 0]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(10 ** 30 + 5 * 10 ** 10, -11), round(2 ** 70, -20))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"), format(255, "#x"))
print(format(255, "08b"), format(255, "#010b"), format(255, "o"), format(255, "#o"), format(255, "X"))
print(format(42, "+d"), format(42, " d"), format(-42, " d"), format(42, "^10d") + "|")
print(format(42, "*<8"), format(42, "0>8"), format(-42, "08"), format(-42, "=8"))
print(format(10 ** 20, ","), format(0xABCDEF, "_x"), format(0xABCDEF, "#_X"))
print(format(65, "c"), format(42, ""), format(42, "n"), format(-0, "d"))
print(format(5, "%"), format(5, ".2%"), format(5, "e"), format(5, ".3f"), format(5, "g"))
print("%d %i %x %X %o %5d %-5d| %05d %+d" % (42, 42, 255, 255, 8, 7, 7, 7, 7))
