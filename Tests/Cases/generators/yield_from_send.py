# send() through yield from reaches the innermost generator; next() sends None.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def middle():
    r = yield from inner()
    print("middle got", r)
    r2 = yield from inner()
    return r + r2

def outer():
    r = yield from middle()
    print("outer got", r)
    yield "end"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(next(g))
print(g.send(10))
print(next(g))

class Receiver:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return len(self.log)
    def send(self, value):
        self.log.append(("send", value))
        if value == "stop":
            raise StopIteration("receiver done")
        return len(self.log)

def delegating(r):
    result = yield from r
    yield "delegate returned " + result

r = Receiver()
g = delegating(r)
print(next(g), g.send(None), g.send("x"), next(g))
print(g.send("stop"))
print(r.log)

class NoSend:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

g = delegating(NoSend())
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
