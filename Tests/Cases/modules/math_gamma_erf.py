# gamma, lgamma, erf, erfc at exact points, and their poles.
import math
for x in [1, 2, 5, 10, 0.5, 1.5, -0.5, 20]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0.0, 0.5, 1.0, -1.0, 3.0, -3.0]:
    print(x, math.erf(x), math.erfc(x))
for call in ["math.gamma(0)", "math.gamma(-2)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-3)",
             "math.gamma(200)", "math.gamma(math.inf)", "math.lgamma(math.inf)", "math.lgamma(-math.inf)"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError) as e:
        print(call, type(e).__name__, e)
