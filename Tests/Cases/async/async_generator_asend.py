# asend(value): the value becomes the result of the async generator's yield.
async def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
        if received == "stop":
            return

def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = echo()
print(step(g.asend(None)))
print(step(g.asend(1)))
print(step(g.asend([2])))
print(step(g.__anext__()))
print(step(g.asend("stop")))
print(step(g.asend("after")))

try:
    step(echo().asend("first"))
except TypeError as e:
    print(type(e).__name__, e)

g = echo()
a = g.asend(None)
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
aw = g.asend("x")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("via next:", e.value)
aw = g.asend("closed before use")
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print("after close:", e)
