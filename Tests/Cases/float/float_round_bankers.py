# round() on floats: half to even, correct decimal rounding, and ndigits forms.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 4.5]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (1234.5678, -2),
             (1234.5678, -5), (-0.5, 0), (1e300, -300), (1.23456789e-5, 8), (5e-324, 400), (0.5, None)]:
    r = round(v, n)
    print(repr(v), n, repr(r), type(r).__name__)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1e300, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(-0.0), repr(round(-0.0, 1)), repr(round(-0.4, 0)), round(0.5 + 1e-16))
