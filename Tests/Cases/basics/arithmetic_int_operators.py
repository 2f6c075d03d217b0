# The six binary arithmetic operators on ints, including negative operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** -2, (-2) ** -1)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 // 2, 100 % 7 % 3)
print(+5, -(-5), -0, +(-3))
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 2; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
x /= 2; print(x)
