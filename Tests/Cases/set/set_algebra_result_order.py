# Results of union, intersection and differences come out in CPython's order (not sorted here).
a = {1, 9, 17, 25, 33}
b = {25, 33, 41, 49, 2}
print(a | b, b | a)
print(a & b, b & a, a.intersection([49, 33, 1]), a.intersection(range(100), [1, 25, 33]))
print(a - b, b - a, a.difference([1], (9,)))
print(a ^ b, b ^ a, a.symmetric_difference([17, 100, 108]))
print(a.union([64, 72], (80,)), frozenset(a) | b, type(frozenset(a) | b).__name__)
big = set(range(0, 400, 4))
small = {8, 16, 1000}
print(small - big, small & big, big.isdisjoint(small), small.isdisjoint({3}))
print(set(range(50)) - set(range(0, 50, 2)))
