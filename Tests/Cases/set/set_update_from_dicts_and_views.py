# set() of a dict, of its views and of other iterables, and update() from each, in CPython order.
d = {k: k * 2 for k in (40, 8, 16, 32, 0, 24, 3)}
print(set(d), set(d.keys()), set(d.values()), frozenset(d.items()) == set(d.items()))
s = {1}
s.update(d)
print(s)
t = {1}
t.update(d.keys())
print(t)
e = {n: None for n in range(0, 90, 9)}
print(set(e), set(e.keys()))
u = set(range(3))
u.symmetric_difference_update({0: 1, 5: 2})
print(u, set(e).difference({0: 0, 9: 0}), set(range(0, 100, 10)).difference({0: 1}))
