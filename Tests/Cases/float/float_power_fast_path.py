# float ** float and float ** int through the eval loop: finite results, overflow, negative
# bases with fractional exponents (complex), zero to a negative power, NaN and infinities.
for x, y in [(2.0, 0.5), (2.5, -1.5), (1e300, 2.0), (4.0, 1e10), (-8.0, 1/3), (0.0, -1.0), (1.0, float('nan')), (2.0, float('inf')), (float('inf'), 2.0), (3, 2.0), (2.0, 3)]:
    try:
        print(repr(x ** y))
    except Exception as e:
        print(type(e).__name__, e)
