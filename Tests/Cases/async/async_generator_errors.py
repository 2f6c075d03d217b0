# Async generator errors: StopAsyncIteration/StopIteration inside, concurrent __anext__.
class Pause:
    def __await__(self):
        yield "pause"

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

async def raises_stop():
    yield 1
    raise StopIteration

def drain(g):
    out = []
    try:
        while True:
            aw = g.__anext__()
            try:
                while True:
                    aw.send(None)
            except StopIteration as e:
                out.append(e.value)
    except StopAsyncIteration:
        out.append("end")
    return out

for factory in [raises_stop_async, raises_stop]:
    try:
        print(drain(factory()))
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

async def slow():
    await Pause()
    yield "slow"

g = slow()
first = g.__anext__()
first.send(None)
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    g.athrow(KeyError).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)

async def failing():
    yield 1
    raise KeyError("inside")

try:
    drain(failing())
except KeyError as e:
    print("propagated", repr(e))
