# Comparing deeply nested containers raises RecursionError from the interpreter's C-level compare.
a = []
b = []
for _ in range(100_000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    print(a < b)
except RecursionError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, nxt):
        self.nxt = nxt
    def __eq__(self, other):
        return self.nxt == other.nxt
x = y = None
for _ in range(10_000):
    x = Chain(x)
    y = Chain(y)
try:
    print(x == y)
except RecursionError as e:
    print(type(e).__name__, e)
small_a = small_b = None
for _ in range(100):
    small_a = Chain(small_a)
    small_b = Chain(small_b)
print(small_a == small_b)
