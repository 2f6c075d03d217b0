# floor, ceil, trunc: ints from floats, __floor__/__ceil__/__trunc__ hooks, errors.
import math
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 7, -7, 2**70, True]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
class Custom:
    def __floor__(self): return "floor hook"
    def __ceil__(self): return "ceil hook"
    def __trunc__(self): return "trunc hook"
print(math.floor(Custom()), math.ceil(Custom()), math.trunc(Custom()))
class FloatLike:
    def __float__(self): return 3.7
print(math.floor(FloatLike()), math.ceil(FloatLike()))
for call in ["math.floor(math.inf)", "math.ceil(-math.inf)", "math.floor(math.nan)", "math.trunc(math.inf)",
             "math.floor('x')", "math.trunc('x')", "math.ceil(None)", "math.floor()"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError, TypeError) as e:
        print(call, type(e).__name__, e)
print(type(math.floor(2.0)).__name__, math.floor(1e300) == 10**300 or math.floor(1e300) > 10**299)
