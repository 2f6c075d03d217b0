# Tuples in returns, star-unpacking in displays and calls.
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi, minmax("hello"))
print((*range(3), *"ab", 9), (*[],), [*(1, 2)], {*(1, 1, 2)})
def f(*args):
    return args
print(f(), f(1), f(*(1, 2), 3, *[4]), type(f()).__name__)
a = (1, 2)
b = (*a, *a)
print(b, (*a,) == a, (*a,) is a)
first, *_, last = (10, 20, 30, 40)
print(first, last, _)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
