# async for over objects with __aiter__/__anext__; StopAsyncIteration ends the loop.
class Pause:
    def __await__(self):
        yield "pause"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Pause()
        self.i += 1
        return self.i

async def main():
    async for v in Counter(3):
        print("value", v)
    else:
        print("loop else ran")
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("v", v)
    else:
        print("not printed after break")
    total = 0
    async for a in Counter(2):
        async for b in Counter(2):
            total += a * b
    return total

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

print(run(main()))

class Empty:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration("done")

async def empty_loop():
    async for _ in Empty():
        print("never")
    else:
        return "else of empty loop"

print(run(empty_loop()))
