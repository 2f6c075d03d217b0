# frexp, ldexp, modf, fmod, remainder, copysign, fabs: exact bits and special values.
import math
for x in [0.0, -0.0, 1.0, 8.0, 0.1, -3.75, 1e-310, 1e308, math.inf, -math.inf]:
    print(repr(x), math.frexp(x), math.modf(x), math.fabs(x), math.copysign(1.0, x))
print(math.ldexp(0.5, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-0.0, 10), math.ldexp(3, 2))
for a, b in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (10, 0.3)]:
    print(a, b, math.fmod(a, b), math.remainder(a, b))
for call in ["math.ldexp(1.0, 5000)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)",
             "math.remainder(math.inf, 1)", "math.ldexp(1.0, 2.5)", "math.copysign('a', 1)"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError, TypeError) as e:
        print(call, type(e).__name__, e)
print(math.modf(math.nan), math.copysign(3, -0.0), math.fabs(-5))
