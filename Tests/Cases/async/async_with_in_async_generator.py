# async with and await inside async generators; aclose runs __aexit__.
class Pause:
    def __await__(self):
        yield

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Pause()
        print("open", self.name)
        return self
    async def __aexit__(self, typ, value, tb):
        await Pause()
        print("close", self.name, typ.__name__ if typ else None)

async def lines(name):
    async with Resource(name):
        for i in range(3):
            yield "%s line %d" % (name, i)

async def main():
    async for line in lines("full"):
        print(line)
    g = lines("partial")
    print(await g.__anext__())
    await g.aclose()
    g = lines("thrown")
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow propagated", repr(e))
    return "ok"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(main()))
