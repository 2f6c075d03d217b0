# Augmented assignment on names, attributes and subscripts; in-place for mutables.
def key(k):
    print("key", k)
    return k

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
class Obj:
    pass
o = Obj()
o.count = 10
o.count -= 4
print(o.count)
d = {"x": 1}
d[key("x")] += 5
print(d)
m = [[0, 0], [0, 0]]
m[key(1)][key(0)] += 7
print(m)
n = 5
n <<= 3; print(n)
n >>= 1; print(n)
n &= 0b1100; print(n)
n |= 1; print(n)
n ^= 0b1111; print(n)
try:
    n @= 2
except TypeError as e:
    print(type(e).__name__, e)
