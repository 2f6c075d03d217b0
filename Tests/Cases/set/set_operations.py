# Set algebra with operators and methods (results printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9], [10])), sorted(a.intersection(b, {4, 5})), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference([5, 6])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {2}, {1} >= {1}, {1, 2} == {2, 1})
print({1, 2} < {3}, {1, 2} > {3}, {1, 2} == [1, 2], set() < {0})
for call in [lambda: a | [1], lambda: a & "ab", lambda: a - (1,), lambda: a ^ None, lambda: a < [1]]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(a.union()), a.intersection() == a, a.intersection() is a)
