# Sets use __hash__ and __eq__ of user objects to detect duplicates.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class NoEq:
    def __hash__(self):
        return 1
a, b = NoEq(), NoEq()
print(len({a, b, a}))
class EqAlways:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True
print(len({EqAlways(), EqAlways()}), len({7, EqAlways()}), len({EqAlways(), 7}))
