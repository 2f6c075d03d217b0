# Set operations on keys and items views return sets, in CPython's iteration order.
d = {n: n % 3 for n in (8, 16, 24, 1, 9, 17)}
k, i = d.keys(), d.items()
print(k | {32, 40}, {32, 40} | k, k & {16, 17, 99}, {16, 17, 99} & k, k - {8}, {8, 100} - k)
print(k ^ {1, 2}, {1, 2} ^ k, k & d.keys(), d.keys() - k, type(k & k).__name__)
print(i & {(8, 2), (16, 0)}, i - {(8, 2)}, i | {(0, 0)}, i ^ {(1, 1), (2, 2)})
e = {8: 2, 16: 99, 50: 0}
print(i ^ e.items(), e.items() ^ i, i & e.items(), k | e.keys(), k.isdisjoint(e), k.isdisjoint([77]))
print(k & [8, 8, 9], [9, 1] & k, range(10) - k, k - range(10), list(k) == [8, 16, 24, 1, 9, 17])
try:
    {"a": []}.items() & {("a", 1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.values() | {1}
except TypeError as e:
    print(type(e).__name__, e)
