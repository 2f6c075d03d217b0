# Forms of yield: bare yield, yield in expressions, in lambdas, tuples, and nested calls.
def bare():
    x = yield
    print("bare got", x)

g = bare()
print(next(g))
try:
    g.send("value")
except StopIteration:
    print("bare done")

def tuples():
    yield 1, 2
    yield (3, 4)
    yield [5],

print(list(tuples()))
f = lambda: (yield "from lambda")
g = f()
print(type(g).__name__, next(g))
def in_call():
    print("call arg", (yield 1), (yield 2))
g = in_call()
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration:
    pass
def in_condition():
    if (yield "asked"):
        yield "truthy"
    else:
        yield "falsy"
g = in_condition()
next(g)
print(g.send(1))
g = in_condition()
next(g)
print(g.send(0))
def subscript():
    d = {"k": "v"}
    yield d[(yield "key?")]
g = subscript()
print(next(g), g.send("k"))
def augmented():
    total = 0
    total += yield total
    total += yield total
    yield total
g = augmented()
print(next(g), g.send(5), g.send(6))
