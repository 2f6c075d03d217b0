# IndexError and TypeError messages for list indexing.
a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[2])
for i in [3, -4, 10 ** 20]:
    try:
        a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for i in [3, -4]:
    try:
        a[i] = 0
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for key in ["0", 1.0, None, (0,)]:
    try:
        a[key]
    except TypeError as e:
        print(repr(key), type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
a[-1] = 99
print(a)
