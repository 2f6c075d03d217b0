# Instance attributes shadow class attributes; mutable class attributes are shared.
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, item):
        self.shared.append(item)
a, b = C("a"), C("b")
a.add(1)
b.add(2)
print(a.shared, b.shared, a.shared is C.shared, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count, vars(a), "count" in vars(b))
del a.count
print(a.count)
C.shared = ["replaced"]
print(a.shared, b.shared)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
print(sorted(vars(a)), C.__name__, C.__dict__["count"])
try:
    C.name
except AttributeError as e:
    print(type(e).__name__, e)
