# yield from: values of the sub-generator pass through; its return value is the result.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    print("a =", a)
    b = yield from inner(3)
    print("b =", b)
    return a + b

g = outer()
print(list(g))

def chain(*gens):
    for gen in gens:
        yield from gen

print(list(chain(inner(2), inner(1), inner(0))))

def returns_none():
    yield "x"

def collect():
    r = yield from returns_none()
    yield r

print(list(collect()))

g = outer()
values = []
try:
    while True:
        values.append(next(g))
except StopIteration as e:
    print(values, "result", e.value)
