# coroutine.__await__() returns an iterator (coroutine_wrapper) with send/throw/close.
class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def coro():
    try:
        x = await Pause()
        y = await Pause()
        return (x, y)
    except KeyError:
        return "caught"
    finally:
        print("coro finally")

w = coro().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("one"))
try:
    w.send("two")
except StopIteration as e:
    print("result", e.value)

w = coro().__await__()
next(w)
try:
    w.throw(KeyError)
except StopIteration as e:
    print("after throw", e.value)

w = coro().__await__()
next(w)
w.close()
print("closed")

class Delegating:
    def __init__(self, c):
        self.c = c
    def __await__(self):
        return self.c.__await__()

async def uses_delegating():
    return await Delegating(coro())

c = uses_delegating()
print(c.send(None), c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print("delegated result", e.value)
print(list(coro().__await__()))
