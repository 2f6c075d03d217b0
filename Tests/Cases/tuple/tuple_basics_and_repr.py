# Tuple displays, the one-element comma, and repr.
print((), (1,), (1, 2), ((1,),), tuple(), tuple("ab"), tuple([1, [2]]), (None,), ("a",))
t = 1, 2, 3
u = 4,
print(t, u, type(u).__name__, len(t), len(()), (1) == 1, (1,) == 1)
print(t[0], t[-1], t[1:], t[::-1], t + u, u * 3, 2 in t, t.count(2), t.index(3))
print(repr((1, "a", 2.5, None, (True,))), str(("x",)), ((),))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e, nested[1][1][0])
print(tuple(range(3)), tuple({"k": 1}), tuple([x * 2 for x in (1, 2)]))
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
