# return/break/continue in finally override pending returns and exceptions.
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def finally_sees_return():
    x = "original"
    try:
        return x
    finally:
        x = "modified in finally"
        print("finally ran, x =", x)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
def break_swallows():
    for _ in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "loop exited"
print(return_in_finally(), swallow(), finally_sees_return(), loop_finally(), break_swallows())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())
