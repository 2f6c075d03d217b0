# hypot and dist: any dimension, scaled to avoid overflow, NaN and infinity rules.
import math
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(1, 1), math.hypot(0.1, 0.2, 0.3), math.hypot(math.inf, math.nan))
print(math.hypot(math.nan, 1), math.hypot(*range(10)), math.hypot(2**60, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((), ()), math.dist((1.5,), (-2.5,)))
for call in ["math.dist((1, 2), (1,))", "math.hypot('a')", "math.dist(1, 2)", "math.dist((1,))"]:
    try:
        print(call, eval(call))
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
