# hash() of numbers is consistent across int, float, complex and bool.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 1.0, -1.0, 0.5, -0.5, 1e300, 1 + 0j, 1j, -1 + 0j, True, False, 3.0 + 0j]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(-1) == -2, hash(-2) == -2)
print(hash("") == 0, hash(()) == hash(()), hash(frozenset()) == hash(frozenset()))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
