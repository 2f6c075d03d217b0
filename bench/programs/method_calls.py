# Method calls and attribute access on user-defined classes.
# Stresses: instance creation (__init__), bound method calls, attribute loads and stores
# on instances, inheritance and method overriding, super(), class attributes,
# properties, staticmethod/classmethod, __eq__/__hash__/__repr__ dunders.


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)

    @property
    def volume(self):
        return self.x * self.y * self.z

    @staticmethod
    def origin():
        return Point3(0, 0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1, 1)


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def tick(self, v):
        self.count += 1
        self.total += v

    def get(self):
        return self.total - self.count


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.name() + str(self.area())

    def name(self):
        return "shape"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)

    def name(self):
        return "square"


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def run_points(n):
    acc = Point(0, 0)
    c = Counter()
    for i in range(n):
        p = Point(i % 17, -(i % 13))
        acc = acc.add(p)
        c.tick(p.norm1())
        if i % 1000 == 0:
            acc.scale(0)
    q = Point3.unit()
    o = Point3.origin()
    for i in range(n // 4):
        q.x = i % 5 + 1
        c.tick(q.norm1() + q.volume + o.dims + q.dims)
    return acc.x + acc.y + c.get()


def run_shapes(n):
    shapes = []
    for i in range(50):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i, i + 1))
        elif k == 1:
            shapes.append(Square(i))
        else:
            shapes.append(Tri(i, 4))
    total = 0
    for rnd in range(n):
        for s in shapes:
            total += s.area()
        if rnd % 50 == 0:
            total += len(shapes[rnd % 50].describe())
    return total


def run_dunders(n):
    seen = set()
    hits = 0
    for i in range(n):
        p = Point(i % 31, i % 7)
        if p in seen:
            hits += 1
        else:
            seen.add(p)
    names = [repr(p) for p in sorted(seen, key=Point.norm1)[:5]]
    return hits + len(seen) + len("".join(names))


def main():
    total = run_points(400000) + run_shapes(16000) + run_dunders(120000)
    print("method_calls checksum", total)


main()
