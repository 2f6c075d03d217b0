# hash() of ints follows CPython: modulo 2**61 - 1, and hash(-1) == -2.
M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 2, 100, -100, M - 1, M, M + 1, -M, -M - 1, 2 ** 61, 2 ** 64, -(2 ** 64),
          2 ** 100, -(2 ** 100), 10 ** 30, -(10 ** 30) - 1]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(-1) == hash(-2))
print({-1: "a", -2: "b"})
class Big(int):
    pass
print(hash(Big(-1)), hash(Big(10 ** 20)))
class CustomHash:
    def __hash__(self):
        return -1
print(hash(CustomHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
