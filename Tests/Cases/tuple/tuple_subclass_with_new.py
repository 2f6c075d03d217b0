# Tuple subclasses: __new__ controls the contents; attributes via properties.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(10, 20)
print(p, p + q, p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(type(p[:1]).__name__, type(p * 2).__name__, tuple(p), list(p), sorted([q, p]))
x, y = p
print(x, y, p.count(1), p.index(2))
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Empty(tuple):
    __slots__ = ()
try:
    Empty().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
