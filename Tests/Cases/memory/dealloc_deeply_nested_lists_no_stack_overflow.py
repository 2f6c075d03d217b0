# Freeing a 1,500,000-deep nesting of lists must not overflow the native stack (CPython's trashcan);
# without deferred release each level costs about 400 bytes of native stack in a debug build.
nested = []
for i in range(75_000):
    nested = [[[[[[[[[[[[[[[[[[[[nested]]]]]]]]]]]]]]]]]]]]
print("built")
nested = None
print("freed 1,500,000 nested lists")
