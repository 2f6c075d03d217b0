# Or-patterns try alternatives left to right; every alternative binds the same names.
def classify(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b":
            return "letter"
        case [a] | (a, _):
            return f"one-or-two starting with {a}"
        case {"k": v} | {"key": v}:
            return f"keyed {v}"
        case int() | float():
            return "number"
        case _:
            return "other"

for value in [0, 2, 3, 2.5, "a", "c", [9], (8, 7), [1, 2, 3], {"k": 1}, {"key": 2}, {"x": 3}]:
    print(repr(value), classify(value))

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  compare", self.v, "with", other)
        return self.v == other

match Loud(3):
    case 1 | 2 | 3 | 4:
        print("matched third alternative")
