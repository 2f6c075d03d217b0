# hash(float) matches CPython's numeric hash: integral floats hash like ints.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e100, 2.0 ** 61, 2.0 ** 62, 1e-300,
          float("inf"), float("-inf"), 123.456, 2.0 ** 52 + 0.5, -1e308, 3.0, 1 / 3]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(-1.0) == hash(-1) == -2, hash(2.0 ** 80) == hash(2 ** 80))
d = {1: "int", 1.0: "float", 2.5: "x"}
print(d, d[1.0], 2.5 in {2.5}, {0.0, -0.0})
print(hash(0.1) == hash(0.1 + 0.0), hash(1e16) == hash(10 ** 16), hash(-0.5) == -hash(0.5))
class F(float):
    pass
print(hash(F(1.5)) == hash(1.5), hash(F(-1.0)))
print({0.5: "a", 1.5: "b"}[1.5], 1.0 in {1: None}, 1 in {1.0: None})
