# Duplicate value-pattern keys raise ValueError with carets under the whole mapping pattern.
class K:
    A = "a"
    B = "a"
def check(value):
    match value:
        case {K.A: 1, K.B: 2}:
            return "never"
check({"a": 1, "b": 2})
