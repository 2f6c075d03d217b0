# Mutual recursion 100,000 frames deep with a raised limit, through plain functions and methods.
import sys
sys.setrecursionlimit(200_000)
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100_000), odd(99_999), even(99_999))
class Walker:
    def walk(self, n):
        return n if n == 0 else self.walk(n - 1) + 1
print(Walker().walk(90_000))
def with_locals(n):
    a, b, c = n, n * 2, [n]
    if n == 0:
        return 0
    return with_locals(n - 1) + (c[0] - a) + 1
print(with_locals(80_000))
