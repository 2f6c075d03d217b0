# Floating point accumulation is plain IEEE arithmetic, left to right.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, repr(total))
print(sum([1, 2.5, 3]), sum([], 0.0), sum([0.5, 0.25], 10), type(sum([1, 2], 0.0)).__name__)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
print(sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]))
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** -1074 / 2)
