# Async generator expressions: (x async for ...) and (await f(x) for ...) are async generators.
class Pause:
    def __await__(self):
        yield "pause"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def inc(x):
    await Pause()
    return x + 1

async def main():
    squares = (x * x async for x in agen(4))
    print(type(squares).__name__)
    out = []
    async for v in squares:
        out.append(v)
    print(out)
    awaited = (await inc(x) for x in range(3))
    print(type(awaited).__name__, [v async for v in awaited])
    nested = (y async for x in agen(3) async for y in agen(x))
    print([v async for v in nested])
    filtered = (x async for x in agen(10) if x % 3 == 0)
    print([v async for v in filtered])
    return "done"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))
