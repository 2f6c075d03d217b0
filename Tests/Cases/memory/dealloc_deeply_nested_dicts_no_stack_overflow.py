# Freeing a 600,000-deep nesting of dicts must not overflow the native stack (CPython's trashcan);
# without deferred release each level costs about 1 KB of native stack in a debug build.
d = {}
for i in range(600_000):
    d = {"k": d}
print("built")
d = None
print("freed 600,000 nested dicts")
