# sorted() returns a new list; key/reverse are keyword-only; stability holds.
data = ("b", "A", "c", "B", "a")
print(sorted(data), sorted(data, key=str.lower), sorted(data, key=str.lower, reverse=True), data)
print(sorted({3: "x", 1: "y"}), sorted("hello"), sorted(range(5), reverse=True), sorted([]))
print(sorted([3, 1, 2], key=None), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
