# Async comprehensions: async for and await inside list, set, dict comprehensions.
class Pause:
    def __await__(self):
        yield "pause"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: str(x) async for x in agen(3)}
    d = [x async for x in agen(6) if x % 2]
    e = [await double(x) for x in range(3)]
    f = [await double(x) async for x in agen(3)]
    g = [(x, y) async for x in agen(2) for y in "ab"]
    h = [[y async for y in agen(x)] async for x in agen(3)]
    return a, sorted(b), c, d, e, f, g, h

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

result, pauses = run(main())
for item in result:
    print(item)
print("pauses", pauses)
