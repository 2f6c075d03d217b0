# int / int is correctly rounded even for values too large for a float.
print(10 ** 30 / 3, 2 ** 1100 / 2 ** 1000, 10 ** 400 / 10 ** 399)
print(1 / 10 ** 400, -(1) / 10 ** 400, (2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2)
print(7 / 7, -7 / 2, 0 / 5, 0 / -5)
print((10 ** 40 + 1) / 10 ** 20, 123456789123456789 / 1000)
for a, b in [(10 ** 400, 1), (10 ** 400, 3), (-(10 ** 400), 7)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023), float(2 ** 53 + 1), float(-(2 ** 63)))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
