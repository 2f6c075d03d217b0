# With sys.setrecursionlimit(200_000) a 100,000-deep Python recursion works.
import sys
sys.setrecursionlimit(200_000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(100_000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
def measure(x):
    count = 0
    while x:
        x = x[0]
        count += 1
    return count
print(measure(build(50_000)))
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(100_000))
