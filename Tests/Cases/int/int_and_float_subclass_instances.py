# Instances of int and float subclasses keep their type; inherited operations give plain ints/floats.
class MyInt(int):
    pass
a = MyInt(5)
print([1, 2, 3][MyInt(1)], (1, 2)[MyInt(0)], "abc"[MyInt(2)], range(10)[MyInt(3)], [0] * MyInt(2))
print(a + MyInt(3), a ** 2, divmod(a, 2), a << 2, ~a, -a, round(a), str(a), f"{a:x}", a // 2, a % 3, a / 2)
print(type(a + MyInt(3)).__name__, isinstance(True, MyInt), hash(a), bool(MyInt(0)), MyInt(), MyInt(-0))
print(a == 5.0, a < 6, 6 > a, a in {5: 1}, {a: 1}[5], sorted([MyInt(2), 1.5, True]), abs(MyInt(-3)))
print(max(MyInt(1), 2), MyInt(7).bit_length(), MyInt(255).to_bytes(1, "big"), MyInt.from_bytes(b"\x01", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
class F(float):
    pass
f = F(2.5)
print(f, f + 1, type(f + 1).__name__, f * 2, -f, f == 2.5, hash(f) == hash(2.5), f.hex(), f.is_integer(), bool(F(0.0)))
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
print(type(F(2.5)).__name__, F(2.5) == 2.5, 2.5 == F(2.5), F(1.0) < 2, hash(F(2.5)) == hash(2.5), {F(1.5): 1}[1.5], F(3) + F(1), -F(2), abs(F(-2)), repr(F(1e300)), int(F(2.7)), round(F(2.5)), F(2.5).as_integer_ratio())
