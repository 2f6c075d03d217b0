# send(): the value becomes the result of the yield expression; next() sends None.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send([1, 2]))
print(g.send(3.5))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulate()
next(acc)
for n in range(1, 6):
    print(acc.send(n), end=" ")
print()

def yield_in_expressions():
    a = (yield 1) + (yield 2)
    b = [(yield 3), (yield 4)]
    print("a", a, "b", b)
    c = yield
    return c

g = yield_in_expressions()
print(next(g), g.send(10), g.send(20), g.send("x"), g.send("y"))
try:
    g.send("last")
except StopIteration as e:
    print("value", e.value)

def as_argument():
    print("got", str((yield "prompt")))
    yield "done"

g = as_argument()
print(next(g))
print(g.send(42))
