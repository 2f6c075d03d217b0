# factorial, gcd, lcm, isqrt, comb, perm: exact big ints and argument errors.
import math
print([math.factorial(n) for n in range(8)], math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 10**20, 2**127]], math.isqrt(True))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.comb(10, 0), math.comb(100, 97))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, None))
for call in ["math.factorial(-1)", "math.factorial(2.0)", "math.gcd(1.5)", "math.isqrt(-1)", "math.comb(-1, 2)",
             "math.comb(5, -1)", "math.perm(-3)", "math.comb(1.0, 2)", "math.lcm('a')", "math.comb(5)",
             "math.perm(1, 2, 3)", "math.isqrt(2.0)"]:
    try:
        print(call, eval(call))
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
class Index:
    def __index__(self): return 6
print(math.factorial(Index()), math.gcd(Index(), 4), math.isqrt(Index()))
