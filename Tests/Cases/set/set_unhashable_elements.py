# Elements of sets must be hashable; the error names the unhashable type.
for make in [lambda: {[1]}, lambda: {1, {2}}, lambda: set([{}]), lambda: {1} | {frozenset(), (1, [2])},
             lambda: [1] in {1}, lambda: {1}.discard([1]), lambda: {1}.remove({})]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
print({1}.__contains__(frozenset()), {frozenset({1})}.__contains__({1}), {1}.discard({1}))
print({frozenset({1})}.__contains__(frozenset({1})), {(1, (2,))})
