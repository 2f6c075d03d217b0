# range objects: len, indexing, slicing, containment, reversal, repr.
for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3), range(0, -10, -3)]:
    print(repr(r), len(r), list(r), list(reversed(r)), bool(r))
r = range(10, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::3], r[100:], r[-2:], list(r[1:10:4]))
print(45 in r, 46 in r, 3.0 in range(5), "a" in range(5), r.index(17), r.count(24), r.count(25))
print(range(3).start, range(3).stop, range(3).step, range(1, 2, 3).step, r.start, r.stop)
print(range(0, 10)[-100:100], range(5)[::-1][::-1], sum(range(101)), max(range(7)), min(range(3, 9, 2)))
a, b, c = range(3)
print(a, b, c, [*range(2)], type(range(3)).__name__, range(3).__class__ is range)
