# The builtins aiter() and anext(), with and without a default, and their errors.
class Pause:
    def __await__(self):
        yield "pause"

async def agen():
    yield 1
    await Pause()
    yield 2

class Manual:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 100

async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    m = aiter(Manual())
    print(await anext(m), await anext(m, None), await anext(m, "m-default"))
    for bad in [5, [1], "s"]:
        try:
            aiter(bad)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            anext(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(type(e).__name__, e)
    aw = anext(agen(), "d")
    print(type(aw).__name__)
    print(await aw)
    try:
        anext()
    except TypeError as e:
        print(type(e).__name__, e)
    return "main done"

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

print(run(main()))
