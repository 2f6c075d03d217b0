# Instances of int and float subclasses: arithmetic gives plain ints/floats, comparisons,
# hashing, indexing, truthiness, conversions and formatting use the value; __repr__/__str__
# overrides are honoured.
class MyInt(int):
    pass
class Named(int):
    def __repr__(self):
        return f"Named({int(self)})"
m = MyInt(7)
z = MyInt(0)
print(m, repr(m), type(m).__name__, m + 1, type(m + 1).__name__, m * 2, -m, abs(MyInt(-3)), m == 7, m < 8, hash(m) == hash(7))
print(bool(z), bool(m), int(m), type(int(m)).__name__, [10, 20, 30, 40, 50, 60, 70, 80][m], list(range(MyInt(3))), "ab" * MyInt(2))
print({7: "x"}[m], {m: 1}[7], isinstance(m, int), str(Named(4)), Named(4), [Named(4)], f"{Named(5)}", format(Named(6), "03"))
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), m.bit_length(), m.real, m.to_bytes(2, "big"), divmod(m, 2), m ** 2, m / 2, m // 2, m % 4)
print(hex(m), bin(m), oct(m), "%d %x %s %r" % (m, m, m, m), round(m), m.__index__() if hasattr(m, "__index__") else "-")
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, f * 2, f == 2.5, hash(f) == hash(2.5), bool(MyFloat(0)), float(f), type(float(f)).__name__, int(f), round(f), f.is_integer())
print(MyFloat("1e3"), MyFloat(3), isinstance(f, float), f"{f:.3f}", "%.1f %s" % (f, f), f < 3, max(f, 1), sorted([MyFloat(3), 1.5, MyInt(2)]))
class Big(int): pass
b = Big(2**80)
print(b, b + 1, b > 5, hash(b) == hash(2**80), bool(Big(0)))
