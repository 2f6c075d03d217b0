# Tuple comparison is lexicographic; stops at the first differing element.
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"eq {self.v} {other.v}")
        return self.v == other.v
    def __lt__(self, other):
        print(f"lt {self.v} {other.v}")
        return self.v < other.v
    __hash__ = None
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"))
print((Loud(1), Loud(2)) < (Loud(1), Loud(3)))
print((Loud(1), Loud(5)) == (Loud(2), Loud(5)))
print((1, 2) == [1, 2], (1,) != (1.0,), max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
