# Binary operators try __op__ then the other operand's __rop__; NotImplemented means "try the other".
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, other):
        print("V.__add__", other)
        if isinstance(other, (V, int)):
            return V(self.v + (other.v if isinstance(other, V) else other))
        return NotImplemented
    def __radd__(self, other):
        print("V.__radd__", other)
        if isinstance(other, int):
            return V(other + self.v)
        return NotImplemented
    def __sub__(self, other):
        return V(self.v - other) if isinstance(other, int) else NotImplemented
    def __rsub__(self, other):
        return V(other - self.v)
    def __mul__(self, other):
        return NotImplemented
print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(10) - 3, 3 - V(10))
for call in [lambda: V(1) + "s", lambda: "s" + V(1), lambda: V(1) * 2, lambda: 2 * V(1), lambda: V(1) / 2]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class All:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return self.tag
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
for name in ops:
    setattr(All, f"__{name}__", lambda self, other, n=name: f"{self}.{n}({other})")
    setattr(All, f"__r{name}__", lambda self, other, n=name: f"{self}.r{n}({other})")
a = All("a")
print(a + 1, a - 1, a * 1, a @ 1, a / 1, a // 1, a % 1, divmod(a, 1), a ** 1, a << 1, a >> 1, a & 1, a ^ 1, a | 1)
print(1 + a, 1 - a, 1 * a, "x" @ a, 1 / a, 1 // a, 1 % a, divmod(1, a), 1 ** a, 1 << a, 1 >> a, 1 & a, 1 ^ a, 1 | a)
print(pow(a, 2), pow(2, a))
