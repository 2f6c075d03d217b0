# int ** int: negative exponents give floats, 0 ** 0 == 1, negative base with fractional power.
print(2 ** 0, 0 ** 0, 0 ** 5, 1 ** -5, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -5)
print((-8) ** (1 / 3))
print(4 ** 0.5, (-4) ** 0.5)
print(pow(2, 100), pow(-3, 41))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("10 ** -400 ->", 10 ** -400)
try:
    print(2 ** -2000)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(3 ** -10000)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(7 ** 2 ** 2, (7 ** 2) ** 2)
