# Errors while sorting: incomparable types, mutation during sort, raising keys.
for data in [[1, "a"], ["a", 1], [1, None], [[1], (1,)], [1j, 2j], [{1}, {2}, {3}]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
lst = [3, 1, 2]
def mutate(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutate)
except ValueError as e:
    print(type(e).__name__, e, lst)
def bad_key(x):
    if x == 2:
        raise KeyError("two")
    return x
items = [3, 2, 1]
try:
    items.sort(key=bad_key)
except KeyError as e:
    print(type(e).__name__, e, items)
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError("cannot compare zero")
        return self.v < other.v
ws = [Weird(2), Weird(0), Weird(1)]
try:
    ws.sort()
except RuntimeError as e:
    print(type(e).__name__, e, [w.v for w in ws])
