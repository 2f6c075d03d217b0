# fsum is exact (correctly rounded); prod multiplies anything with a start value.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1e308, 1e308, -1e308]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
for call in ["math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])", "math.fsum(5)"]:
    try:
        print(call, eval(call))
    except (ValueError, OverflowError, TypeError) as e:
        print(call, type(e).__name__, e)
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5, 3]), math.prod([[1]], start=3))
print(math.prod([1, 2], start=10), math.prod(['ab'], start=2), math.prod([2 ** 40] * 3))
try:
    math.prod(5)
except TypeError as e:
    print(type(e).__name__, e)
