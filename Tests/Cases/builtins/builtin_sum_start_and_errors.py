# sum() with start values; strings are rejected; floats are summed left to right.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum(range(101)), sum([1j, 2]), sum([10 ** 20, 10 ** 20]), sum([1, 2], start=100))
for call in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
             lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Acc(other + self.v)
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
print(sum([Acc(1), Acc(2)]).v)
