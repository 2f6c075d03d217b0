# Star patterns in sequences capture a list of the middle items (or discard them with *_).
def split(x):
    match x:
        case [first, *middle, last]:
            return ("ends", first, middle, last)
        case [*rest]:
            return ("all", rest)

def head(x):
    match x:
        case [1, *_]:
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [0, *tail]:
            return f"zero then {tail}"
        case _:
            return "no"

for value in [[1, 2, 3, 4], (1, 2), [7], [], range(5)]:
    print(repr(value), split(value))
for value in [[1, 5], [3, 9], [0, 4, 5], [0], [2]]:
    print(repr(value), head(value))
match (1, 2, 3):
    case (*before, 3):
        print("before is a", type(before).__name__, before)
