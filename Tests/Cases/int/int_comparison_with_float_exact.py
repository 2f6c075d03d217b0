# int/float comparisons are exact, not done by converting the int to float.
n = 2 ** 53 + 1
f = float(2 ** 53)
print(n == f, n > f, float(n) == f, n - 1 == f)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan)
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 + 1 == 9.223372036854775808e18)
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, 3 >= 3.0)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2.0, 1, 2, 1.0]))
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(int(1e23), 10 ** 23 - int(1e23))
