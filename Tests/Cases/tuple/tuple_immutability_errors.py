# Tuples cannot be changed: item assignment, deletion and method errors.
t = (1, 2, 3)
for action in [lambda: t.__setitem__(0, 5), lambda: t.__delitem__(0), lambda: t.append(4)]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
u = t
t += (4,)
print(t, u, t is u)
