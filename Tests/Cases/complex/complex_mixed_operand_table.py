# + - * / ** between complex and int/float/bool/big ints, including inf, nan and overflow, against CPython's algorithms.
inf = float("inf")
nan = float("nan")
xs = [1 + 2j, -3.5 + 0.5j, 0j, 1j, complex(inf, 1), complex(1, nan), complex(1e308, 1e308), complex(-0.0, -0.0), 2, 2.5, -1, True, 0.0, 2 ** 70]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a ** b]
for a in xs:
    for b in xs:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        row = []
        for op in ops:
            try:
                row.append(repr(op(a, b)))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(repr(a), repr(b), row)
try:
    1j + 2 ** 1100
except OverflowError as e:
    print(type(e).__name__, e)
