# pow() with two and three arguments, including negative exponents with a modulus.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 10 ** 20, 97), pow(7, 0, 1), pow(7, 0, 13))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(2, -1, 9), pow(base=2, exp=5, mod=7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5), ("2", 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(10, 3, 7), (-8) ** (1 / 3) == pow(-8, 1 / 3), pow(True, 2, 2))
