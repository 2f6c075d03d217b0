# Generator expressions: the first iterable is evaluated at once, the rest lazily; scoping.
def make():
    print("making iterable")
    return [1, 2, 3]

g = (x for x in make())
print("created")
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
g = (x for x in [1] for y in 5)
try:
    list(g)
except TypeError as e:
    print("lazily:", type(e).__name__, e)
x = "outer"
g = (x for x in range(2))
print(list(g), x)
n = 10
g = (i + n for i in range(3))
n = 100
print("late binding:", list(g))
def closure():
    factor = 3
    return (factor * v for v in range(3))
print(list(closure()))
class C:
    values = [1, 2]
    doubled = list(v * 2 for v in values)
print(C.doubled)
try:
    class D:
        k = 5
        items = list(k for _ in range(2))
except NameError as e:
    print(type(e).__name__, e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
