# With no case matching the match does nothing; `case _` and bare captures catch everything.
def no_default(x):
    result = "unchanged"
    match x:
        case 1:
            result = "one"
        case [1, 2]:
            result = "list"
    return result

print(no_default(1), no_default([1, 2]), no_default("x"))

def capture_default(x):
    match x:
        case {"k": 1}:
            return "k is 1"
        case anything:
            return f"captured {anything!r}"

print(capture_default({"k": 1}), capture_default({"k": 2}), capture_default(None))

def with_else_logic(values):
    out = []
    for v in values:
        match v:
            case int() if v % 2 == 0:
                out.append("even")
                continue
            case int():
                out.append("odd")
            case _:
                out.append("skip")
                break
        out.append("after match")
    return out

print(with_else_logic([2, 3, "stop", 4]))
