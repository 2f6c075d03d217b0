# Generators using closures, cells, nonlocal and free variables across suspensions.
def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen, peek

gen, peek = counter_factory()
a = gen()
b = gen()
print(next(a), next(a), next(b), peek())

def captures_local():
    x = 1
    def read():
        return x
    yield read()
    x = 2
    yield read()
    x = 3
    yield read

g = captures_local()
print(next(g), next(g), next(g)())

def lambdas():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
        yield fs[-1]()
    yield [f() for f in fs]

print(list(lambdas()))

def outer(prefix):
    def inner(items):
        for item in items:
            yield prefix + item
    return inner

print(list(outer(">")(["a", "b"])))

def cell_deleted():
    value = "set"
    def get():
        return value
    yield get()
    del value
    try:
        yield get()
    except NameError as e:
        yield type(e).__name__ + ": " + str(e)

print(list(cell_deleted()))
