# math.pow follows C99's special cases (no complex results) and raises like CPython.
import math
cases = [(2, 10), (2, 0.5), (2, -1), (-8, 1 / 3), (0.0, 0), (math.nan, 0), (1, math.nan), (1, math.inf),
         (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (0.5, math.inf), (2, -math.inf), (-1, math.inf),
         (-0.0, 3), (-0.0, -3) , (10, 308), (-2, 3)]
for x, y in cases:
    try:
        print(x, y, math.pow(x, y))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(x, y, type(e).__name__, e)
for x, y in [(0, -1), (-2, 0.5), (10.0, 400), (-10.0, 401)]:
    try:
        print(x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
