# Float ordering with ints, nan behaviour in min/max/sorted, and -0.0.
nan = float("nan")
print(1.0 < 2, 2 < 1.5, 1.0 == 1, 0.1 < 1 / 9, 1 / 3 == 0.3333333333333333)
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(sorted([3.0, -1.5, 2, -0.0, 0.0, 1e-300]))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]), max(-0.0, 0.0), max(0.0, -0.0))
print(1e308 < float("inf"), -1e308 > float("-inf"), 5e-324 > 0.0, -5e-324 < -0.0)
print([x for x in [1.0, nan, 2.0] if x == x])
print(float("inf") == 10 ** 1000, float("inf") > 10 ** 1000)
