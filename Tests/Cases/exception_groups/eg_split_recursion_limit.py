# Splitting a 3000-deep group hits the recursion limit with CPython's " in exceptiongroup_split_recursive" suffix.
g = ExceptionGroup("leaf", [ValueError(0)])
for i in range(3000):
    g = ExceptionGroup(f"l{i}", [g, TypeError(i)])
try:
    g.split(ValueError)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    g.subgroup(lambda e: False)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    try:
        raise g
    except* ValueError:
        print("caught")
except RecursionError as e:
    print("except*", type(e).__name__, e)
except ExceptionGroup as e:
    print("escaped")
