# Floor division rounds toward negative infinity; % takes the sign of the divisor.
for a in [7, -7, 0, 13, -13]:
    for b in [3, -3, 1, -1, 5]:
        q, r = a // b, a % b
        print(a, b, q, r, divmod(a, b), q * b + r == a)
big = 10 ** 25 + 3
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(-big, 10 ** 12))
for a, b in [(1, 0), (0, 0), (10 ** 30, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("/", e)
