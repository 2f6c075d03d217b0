# Trigonometric and hyperbolic functions, including their domain errors.
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, 3.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x), math.asinh(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.acosh(1), math.acosh(10), math.atanh(0.5), math.atanh(-0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
for call in ["math.asin(2)", "math.acos(-1.5)", "math.acosh(0.5)", "math.atanh(1)", "math.sin(math.inf)",
             "math.cos(-math.inf)", "math.tan(math.inf)", "math.cosh(1000)", "math.sinh(-1000)"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError) as e:
        print(call, type(e).__name__, e)
print(math.tanh(1000), math.atan(math.inf), math.sinh(math.inf))
