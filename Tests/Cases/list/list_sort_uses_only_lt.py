# sort() and sorted() only use the < operator (falling back to reflected >).
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
class Counting:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counting.count += 1
        return self.v < other.v
data = [Counting(v) for v in [5, 1, 4, 2, 3]]
data.sort()
print([c.v for c in data], Counting.count)
Counting.count = 0
sorted([Counting(v) for v in range(10)])
print("sorted input comparisons:", Counting.count)
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, e)
print(min([OnlyLt(3), OnlyLt(1)]), max([OnlyLt(3), OnlyLt(1)]))
