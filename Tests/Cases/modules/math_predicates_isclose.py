# isfinite/isinf/isnan and isclose's relative and absolute tolerances.
import math
for x in [0.0, 1, -math.inf, math.inf, math.nan, 1e308 * 10, 10**400 // 10**399]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
for call in ["math.isclose(1, 1, rel_tol=-1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isnan('x')",
             "math.isclose(1, 1, tol=1)"]:
    try:
        print(call, eval(call))
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
