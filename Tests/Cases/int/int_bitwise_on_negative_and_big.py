# Bitwise operators use two's complement semantics with infinite sign extension.
vals = [0, 5, -5, 12, -12, 2 ** 70 + 3, -(2 ** 70) - 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ -1, a >> 2, a << 3)
print(-1 & 0xFFFFFFFF, -1 >> 100, 1 << 100, (1 << 100) >> 99, -(1 << 100) >> 101)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print((2 ** 100 - 1) & -(2 ** 50), (2 ** 100) | -1, (2 ** 64) ^ (2 ** 64 - 1))
print(-7 >> 1, -8 >> 1, -1 >> 1, 7 >> 1)
for op in ("<<", ">>"):
    try:
        if op == "<<":
            1 << -1
        else:
            1 >> -1
    except ValueError as e:
        print(op, type(e).__name__, e)
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
try:
    1 << 10 ** 20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
