# Reading slices of lists returns new lists (shallow copies).
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-100:100], a[5:2])
print(a[slice(1, 8, 3)], a[::-4], a[1:-1:4], a[None:3])
b = a[:]
print(b == a, b is a)
nested = [[1, 2], [3]]
c = nested[:]
c[0].append(99)
c[1] = "replaced"
print(nested, c)
for start in [-12, -1, 0, 5, 12]:
    print(start, a[start:], a[:start], a[start::-1])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["1":]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True:3], a[False:-True], a[-1:-1], a[len(a):])
