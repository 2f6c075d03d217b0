# ints grow without bound: +, -, *, //, %, ** on large values.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, b // 12345678901234567890, b % 12345678901234567890)
print(-a // b, -a % b, a // -b, a % -b)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 47), f % 1000000007)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
print((10 ** 30 + 7) * (10 ** 30 - 7) == 10 ** 60 - 49)
print(len(str(7 ** 1000)), str(7 ** 1000)[:20], str(7 ** 1000)[-20:])
print(abs(-10 ** 40), -(-(10 ** 40)))
n = 1
for _ in range(100):
    n = n * 31 + 7
print(n)
print(n - n, n * 0, 0 - n == -n)
