# Calling set methods with the wrong receiver, argument count or keywords: CPython's messages.
calls = [
    lambda: set.add(1, 2),
    lambda: set.add(),
    lambda: {1}.add(),
    lambda: {1}.add(1, 2),
    lambda: {1}.clear(1),
    lambda: {1}.pop(0),
    lambda: {1}.union(x=1),
    lambda: {1}.issubset(),
    lambda: {1}.issuperset(1, 2),
    lambda: frozenset.union({1}),
    lambda: set.union(frozenset({1})),
    lambda: frozenset([1]).add(2),
    lambda: {1}.__or__(),
    lambda: set.__len__([]),
    lambda: set(a=1),
    lambda: frozenset(a=1),
    lambda: set([1], [2]),
    lambda: frozenset([1], [2]),
    lambda: {1}.update(5),
    lambda: {1}.issubset(5),
    lambda: {1}.isdisjoint(None),
]
for call in calls:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
