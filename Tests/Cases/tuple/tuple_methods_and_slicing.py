# count/index with bounds, slicing, concatenation and repetition.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(2, 4), t.index(1, -2))
for args in [(5,), (1, 1, 4), (2, 6)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
print(t[1:4], t[::2], t[::-1], t[10:], t[-2:], t[:0])
print(t + (7,), (0,) * 3, 2 * ("a", "b"), () * 5, t * 0)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
print(t[:] is t, t[0:len(t)] is t, tuple(t) is t, len(t * 2))
