# @ operator and three-argument pow() (which never tries __rpow__).
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return M([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, 5 @ a)
a @= b
print(a)
class P:
    def __pow__(self, exp, mod=None):
        return f"pow({exp}, {mod})"
    def __rpow__(self, base, mod=None):
        return f"rpow({base}, {mod})"
p = P()
print(p ** 2, pow(p, 2), pow(p, 2, 5), 2 ** p, pow(2, p))
try:
    pow(2, p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
