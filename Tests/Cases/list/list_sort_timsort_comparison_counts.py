# list.sort is CPython's timsort: the number of < calls, stability and the list's state
# after a comparison raises all match CPython.
class K:
    calls = 0
    def __init__(self, v, tag=None):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag or ''}"
def count(values):
    K.calls = 0
    data = [K(v) for v in values]
    data.sort()
    assert [k.v for k in data] == sorted(values)
    return K.calls
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
print(count(range(100)), count(range(100, 0, -1)), count([rand() % 1000 for _ in range(300)]))
print(count([rand() % 5 for _ in range(500)]), count(list(range(200)) + list(range(50))))
print(count(list(range(0, 400, 2)) + list(range(1, 400, 2))), count([(i * 7919) % 1024 for i in range(1024)]))
# Galloping: long runs interleaved in blocks.
blocks = []
for b in range(20):
    blocks += list(range(b * 10, b * 10 + 10)) if b % 2 else list(range(1000 + b * 10, 1000 + b * 10 + 10))
print(count(sorted(blocks)[:100] + sorted(blocks)[100:][::-1]), count(blocks))
# Stability, reverse=True keeps equal elements in order, key= is called once per item.
items = [K(v % 3, chr(97 + i)) for i, v in enumerate([rand() for _ in range(12)])]
print(sorted(items, key=lambda k: k.v), sorted(items, key=lambda k: k.v, reverse=True))
calls = []
print(sorted([3, 1, 2], key=lambda x: calls.append(x) or -x), calls)
# A comparison that raises leaves a permutation of the items, partly sorted.
class Bomb:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Bomb.n += 1
        if Bomb.n == 40:
            raise ValueError("boom")
        return self.v < other.v
data = [Bomb((i * 37) % 50) for i in range(50)]
try:
    data.sort()
except ValueError as e:
    print("ValueError", e, sorted([b.v for b in data]) == list(range(50)), [b.v for b in data][:12])
# Modifying the list from a comparison is detected.
lst = [3, 2, 1]
class Meddle:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.append(0)
        return self.v < other.v
lst = [Meddle(3), Meddle(1)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e)
