# := inside a comprehension binds in the enclosing function or module scope.
data = [3, 8, 1, 9, 4]
if any([(big := x) > 7 for x in data]):
    print("last checked:", big)
running = 0
totals = [(running := running + x) for x in data]
print(totals, running)
def f():
    matches = [m for w in ["ant", "bee", "cat"] if (m := w.upper()).startswith("B")]
    return matches, m
print(f())
seen = [last := i for i in range(4)]
print(seen, last)
