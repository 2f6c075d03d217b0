# Ranges compare equal when they represent the same sequence.
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 3, 5))
print(range(3) == range(3), range(3) == [0, 1, 2], range(3) != range(0, 3, 1), range(5, 0) == range(7, 9))
print(hash(range(0)) == hash(range(5, 2)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(3)) == hash(range(0, 3)))
print(hash(range(1, 2)) == hash(range(1, 2, 7)), hash(range(3)) == hash((3, 0, 1)), hash(range(0)) == hash((0, None, None)))
d = {range(0, 3, 2): "a"}
print(d[range(0, 4, 2)])
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(range(10)[2:8:2] == range(2, 8, 2), range(10)[::-1] == range(9, -1, -1))
