# In a class body, comprehensions only see class variables in the first iterable.
class C:
    values = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    pairs = [(a, b) for a in values for b in [0]]
    try:
        cross = [(a, b) for a in values for b in values]
    except NameError as e:
        cross = f"{type(e).__name__}: {e}"
print(C.doubled, C.scaled, C.pairs, C.cross)
