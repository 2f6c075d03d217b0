# Mutating set methods and their errors.
s = {1, 2}
s.add(3)
s.add(3)
s.discard(1)
s.discard(100)
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.update([4, 5], {6}, range(7, 9))
print(sorted(s))
s.difference_update({4, 5})
s.intersection_update(range(0, 8))
s.symmetric_difference_update({7, 100})
print(sorted(s))
s |= {200}
s &= {3, 6, 100, 200}
s -= {6}
s ^= {3, 300}
print(sorted(s))
print(s.pop() in {100, 200, 300}, len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1}
u = t
t |= {2}
print(t is u, sorted(u))
try:
    t.add([])
except TypeError as e:
    print(type(e).__name__, e)
print(t.copy() == t, t.copy() is t, set.add(t, 5), sorted(t))
