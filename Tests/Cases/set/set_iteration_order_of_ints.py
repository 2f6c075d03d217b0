# Iteration order of int sets follows CPython's hash table (hash(n) == n for small ints).
print({3, 1, 2}, {10, 1, 100, 33, 64}, {-1, -2, 0, 5}, set(range(10, 0, -1)))
s = set()
for n in [40, 8, 16, 32, 0, 24]:
    s.add(n)
print(s, list(s))
print({1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000})
grow = set()
for n in range(20, 0, -3):
    grow.add(n * 7)
print(grow)
print(frozenset([9, 18, 27, 36, 45]), {2 ** 40, 2 ** 41, 7}, {True, 2, 0.5})
s = {5, 13, 21}
s.discard(13)
s.add(29)
print(s)
