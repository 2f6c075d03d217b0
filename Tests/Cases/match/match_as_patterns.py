# `as` binds the subject (or sub-subject) matched by the pattern on its left.
def parse(x):
    match x:
        case [("add" | "sub") as op, int() as a, int() as b]:
            return f"{op} {a} {b}"
        case [("neg" as op), (int() | float()) as value]:
            return f"{op} {value}"
        case {"point": [_, _] as coords} as whole:
            return f"point {coords} in {whole}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [*_] as seq:
            return f"sequence of {len(seq)}"
    return "other"

for value in [["add", 1, 2], ["sub", 5, 3], ["mul", 1, 2], ["neg", 2.5], {"point": (1, 2)}, {"point": [1]},
              2, 4, (), "ab"]:
    print(repr(value), "->", parse(value))
