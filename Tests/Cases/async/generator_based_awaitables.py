# Awaitables whose __await__ is a generator function, and generators awaited via yield from.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        while not self.done:
            yield self
        return self.result

async def waiter(f):
    value = await f
    return "got " + str(value)

f = Future()
c = waiter(f)
print(c.send(None) is f)
print(c.send(None) is f)
f.set_result(42)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

class Chain:
    def __init__(self, *parts):
        self.parts = parts
    def __await__(self):
        results = []
        for p in self.parts:
            results.append((yield p))
        return results

async def chained():
    return await Chain("a", "b", "c")

c = chained()
print(c.send(None), c.send(1), c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print(e.value)

def plain_generator():
    yield "from plain generator"
    return "plain result"

class WrapsGenerator:
    def __await__(self):
        return plain_generator()

async def uses_wrapper():
    return await WrapsGenerator()

c = uses_wrapper()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

def gen_yield_from_coroutine():
    async def coro():
        return 1
    c = coro()
    try:
        yield from c
    finally:
        c.close()

try:
    next(gen_yield_from_coroutine())
except TypeError as e:
    print(type(e).__name__, e)
