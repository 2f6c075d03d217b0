# `and` / `or` return one of their operands and short-circuit; `not` returns a bool.
def v(x):
    print("eval", repr(x))
    return x

print(repr(0 and 1), repr(2 and 3), repr("" or "d"), repr("x" or "y"))
print(repr([] or {} or 0), repr(1 and [] and 2), repr(None or False))
print(repr(v(0) and v(1)))
print(repr(v(1) or v(2)))
print(repr(v("") or v(0) or v("last")))
print(repr(v(1) and v(2) and v(3)))
print(not 0, not 1, not "", not [1], not None)
print(1 or 2 and 0, (1 or 2) and 0, not 1 or 2, not (1 or 2))
x = [] or None
print(x is None)
