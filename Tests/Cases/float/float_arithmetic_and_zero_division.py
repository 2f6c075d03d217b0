# Float arithmetic, floor division/modulo signs, and the division-by-zero messages.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.3, 0.1)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(-0.0 // 1, 0.0 // -1, -1e-300 % 1.0, 1e-300 % -1.0, 5.0 % float("inf"), -5.0 % float("inf"))
print(3 * 0.1, 0.1 + 0.2 == 0.3, 1e16 + 1, 1e16 + 2, 2.0 ** 0.5, 10.0 ** -2)
for op in ["/", "//", "%", "divmod"]:
    for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
        try:
            if op == "/":
                a / b
            elif op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, a, b, type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2.0) ** 2, (-2.0) ** -1)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
