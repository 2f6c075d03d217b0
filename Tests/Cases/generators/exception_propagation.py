# Exceptions raised inside a generator reach the code that resumed it and end the generator.
def failing(n):
    for i in range(n):
        yield i
    raise ValueError("failed after %d" % n)

try:
    for v in failing(2):
        print("value", v)
except ValueError as e:
    print("caught", e)
g = failing(0)
try:
    next(g)
except ValueError as e:
    print("caught", e)
print("exhausted now:", list(g))
try:
    list(failing(3))
except ValueError as e:
    print("list() propagates", e)
try:
    sum(failing(1))
except ValueError as e:
    print("sum() propagates", e)
def outer():
    yield from failing(1)
try:
    print(list(outer()))
except ValueError as e:
    print("through yield from", e)
def catches():
    try:
        yield from failing(1)
    except ValueError as e:
        yield "outer caught " + str(e)
print(list(catches()))
def divide(items):
    for x in items:
        yield 10 // x
try:
    print(list(divide([1, 2, 0, 5])))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
