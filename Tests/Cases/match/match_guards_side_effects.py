# Guards run after the pattern binds; a failed guard moves on, and the bindings it made stay.
calls = []

def check(label, result):
    calls.append(label)
    print("  guard", label, "->", result)
    return result

def run(x):
    match x:
        case [a, b] if check("sum>10", a + b > 10):
            return "big pair"
        case [a, b] if check("equal", a == b):
            return "equal pair"
        case [a, *_] if check("first negative", a < 0):
            return "negative start"
        case n if check("fallback", True):
            return f"fallback {n}"

for value in [[5, 6], [2, 2], [-1, 3], [1, 2], 7]:
    print(value, "->", run(value))
print("guards called:", calls)

match [1, 2]:
    case [first, second] if first > second:
        print("unreachable")
    case _:
        print("after failed guard, first and second are", first, second)

def guard_raises(x):
    match x:
        case int(n) if 1 / n:
            return "nonzero"
        case _:
            return "other"

print(guard_raises(4))
try:
    guard_raises(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
