# Assigning to and deleting slices, including extended slices.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[:2] = []
print(a)
a[-2:] = "YZ"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[5:2] = ["inserted"]
print(a)
a[100:] = [1, 2]
print(a)
a[:] = a
print(a)
a[1:3] = a
print(len(a))
del a[::3]
print(a)
del a[2:]
print(a)
b = [1, 2, 3, 4, 5, 6]
for value in [[1, 2], [1, 2, 3, 4]]:
    try:
        b[::2] = value
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b[::-1] = "abcdef"
print(b)
del b[::-2]
print(b)
