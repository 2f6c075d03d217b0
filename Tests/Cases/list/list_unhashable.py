# Lists are unhashable: they cannot be dict keys or set members.
for action in [lambda: hash([]), lambda: {[1]: 2}, lambda: {[1]}, lambda: set([[1]]), lambda: frozenset([[]]),
               lambda: {}.get([1]), lambda: [1] in {1: 2}, lambda: {(1, [2]): 3}]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(list.__hash__ is None, [1] in [[1]], [] in [()], tuple([1]) in {(1,): 0})
print(type([].__hash__).__name__)
