# Dict comprehensions keep first-insertion order; later duplicates overwrite values.
print({k: v for k, v in [("b", 1), ("a", 2), ("b", 3)]})
print({x % 3: x for x in range(10)})
print({w[0]: w for w in ["apple", "avocado", "banana", "blueberry", "cherry"]})
def key(x):
    print("key", x)
    return x
def value(x):
    print("value", x)
    return x * 10
print({key(i): value(i) for i in range(2)})
print({k: [v for v in range(k)] for k in range(4)}, {(a, b): a * b for a in range(2) for b in range(2)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
