# A set used as a key is looked up as an equal frozenset by in/remove/discard, not by add.
fs = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in fs, set() in fs, {1} in fs, fs.__contains__({2, 1}))
fs.discard({1, 2})
print(len(fs), frozenset({1, 2}) in fs)
fs.remove(set())
print(len(fs))
try:
    fs.remove({9})
except KeyError as e:
    print(type(e).__name__, e)
try:
    fs.add({4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}[{1}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print({1} in [{1}], frozenset({1}) in [{1}])
try:
    {1} in {frozenset({1}): 0}
except TypeError as e:
    print(type(e).__name__, e, "(dicts do not retry)")
