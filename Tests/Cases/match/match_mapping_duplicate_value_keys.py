# Duplicate keys that are only known at run time (value patterns) raise ValueError, but only once
# the subject is a mapping with at least as many items as the pattern has keys.
class K:
    A = "same"
    B = "same"
    C = 1
    D = 1.0
    E = True

def check(subject):
    try:
        match subject:
            case {K.A: 1, K.B: 2}:
                return "matched A/B"
            case _:
                return "no match"
    except ValueError as e:
        return f"{type(e).__name__}: {e}"

print(check({"same": 1}))
print(check({"same": 1, "other": 2}))
print(check({}))
print(check([]))
try:
    match {1: "x", 2: "y"}:
        case {K.C: "x", K.D: "x"}:
            print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)
try:
    match {1: "x", 2: "y", 3: "z"}:
        case {K.C: v, K.E: w}:
            print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)
match {1: "one", "same": "s"}:
    case {K.C: v, K.A: w}:
        print("distinct value keys are fine:", v, w)
