# Async generators: yield inside async def, consumed by async for and by __anext__ by hand.
class Pause:
    def __await__(self):
        yield "pause"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i * 10

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))
g = agen(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.__aiter__() is g)
step = g.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value arrives as StopIteration:", e.value)
step = g.__anext__()
step.send(None)
try:
    step.send(None)
except StopIteration as e:
    print("second:", e.value)
step = g.__anext__()
try:
    step.send(None)
    step.send(None)
except StopAsyncIteration as e:
    print("exhausted:", type(e).__name__)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")

async def no_awaits():
    yield "a"
    yield "b"

async def collect():
    return [v async for v in no_awaits()]

print(run(collect()))
try:
    iter(no_awaits())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(no_awaits())
except TypeError as e:
    print(type(e).__name__, e)
