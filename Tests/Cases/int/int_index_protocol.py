# __index__ lets objects act as ints for indexing, slicing, bin/hex/oct, range, etc.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("__index__", self.n)
        return self.n
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))))
print([0] * Idx(3), "ab" * Idx(2), (1, 2)[Idx(0)])
print(int(Idx(4)), Idx(6).__index__())
class BadIndex:
    def __index__(self):
        return "no"
for target in [lambda: lst[BadIndex()], lambda: bin(BadIndex())]:
    try:
        target()
    except TypeError as e:
        print(type(e).__name__, e)
for key in ["x", 1.5, None]:
    try:
        lst[key]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
one_point_zero = 1.0
try:
    "abc"[one_point_zero]
except TypeError as e:
    print(type(e).__name__, e)
