# frozenset is hashable; mixed set/frozenset operations take the left operand's type.
f = frozenset([1, 2, 3])
s = {2, 3, 4}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__, type(f ^ s).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({3, 2, 1})), f in {f}, {f: "key"}[frozenset((3, 1, 2))])
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(10))))
print(frozenset(), frozenset("") == frozenset(), frozenset([frozenset([1])]), f.union([9]) == {1, 2, 3, 9})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})}, frozenset({1}) in [{1}], f.copy() is f, frozenset(f) is f)
print(sorted({frozenset({1}), frozenset({1}), frozenset({2})}, key=sorted))
