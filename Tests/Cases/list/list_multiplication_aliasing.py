# Repetition copies references, so nested lists are shared.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good, good[0] is good[1])
print([1, 2] * 0, [1, 2] * -1, 3 * ["x"], [None] * 4, [] * 100)
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a *= 0
print(a, b)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
