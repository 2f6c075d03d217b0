# A set iterator fails once the set's size changed, keeps failing, and ignores same-size swaps.
s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, next(it))
s.add(4)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
s.discard(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e, "(still)")
t = {1, 2, 3}
it = iter(t)
print(next(it))
t.discard(3)
t.add(11)
print(list(it), list(it))
u = {5}
it = iter(u)
print(list(it), next(it, "done"))
