# Sequence patterns: lists and tuples of the right length match, with either bracket style.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case (a, b):
            return f"two: {a} {b}"
        case [a, b, c]:
            return f"three: {a} {b} {c}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case _:
            return "other"

for value in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [[1, 2], [3, 4]], ([5, 6], (7, 8)),
              [1, 2, 3, 4], "ab", {1: 2}, {1, 2}, 12]:
    print(repr(value), "->", shape(value))
