# t[0] += [x] mutates the list and then fails to assign into the tuple.
t = ([1], [2])
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[1].append(3)
print(t)
u = ([],)
try:
    u[0].extend([1])
    u[0] = [2]
except TypeError as e:
    print(type(e).__name__, e)
print(u)
v = ("s",)
try:
    v[0] += "x"
except TypeError as e:
    print(type(e).__name__, e)
print(v)
