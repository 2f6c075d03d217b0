# sqrt, exp, log family: exact results, ints of any size, and domain/range errors.
import math
for x in [0, 1, 2, 0.5, 1e-300, 1e300, 2**0.5, 10**20]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log(x) if x > 0 else None)
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(2**1000, 2), math.log10(10**300 * 7))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log1p(1e-20), math.expm1(1e-10), math.exp2(10))
for call in ["math.sqrt(-1)", "math.log(0)", "math.log(-5)", "math.log(1, 1)", "math.log(-(10**400))",
             "math.exp(1000)", "math.exp2(2000)", "math.log10(0)", "math.log2(-1)", "math.log1p(-1)",
             "math.sqrt(10**400)", "math.expm1(1000)"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(call, type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.sqrt(math.nan))
