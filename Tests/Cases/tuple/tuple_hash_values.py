# Tuple hashes are deterministic for numbers and consistent with equality.
for t in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1,), (-2,), (1.0, 2.0), (True, False), (0, 0), ((), ()),
          (2 ** 64, -(2 ** 64)), (None,) * 0, (1.5, 3)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash((1, 2)) != hash((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, {2: 3}))
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): "a", (1.0, 2.0): "b"}
print(d)
