# Comprehensions in a class body cannot see class-level names, except in the first iterable.
class Table:
    size = 3
    rows = [i for i in range(size)]
    try:
        squares = [i * size for i in range(3)]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
    base = 10
    pairs = {k: k for k in [base, base + 1]}

print(Table.rows)
print(Table.error, hasattr(Table, "squares"))
print(Table.pairs)

size = "module size"
class Shadow:
    size = "class size"
    seen = [size for _ in range(1)]
print(Shadow.seen)
