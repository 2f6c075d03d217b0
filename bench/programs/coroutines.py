# Coroutines driven by send(None), async generators and async for, without asyncio.
# Stresses: coroutine creation, await chains (SEND/YIELD_VALUE through several frames),
# custom awaitables with __await__, async generators (ASYNC_GEN_WRAP, asend objects),
# async comprehensions and a round-robin scheduler loop.


class Yield:
    def __await__(self):
        yield


async def leaf(x):
    await Yield()
    return x + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def ticker(n):
    for i in range(n):
        if i % 4 == 0:
            await Yield()
        yield i


async def worker(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    async for v in ticker(n):
        total += v
    total += sum([v async for v in ticker(n // 2)])
    return total


def run_all(coros):
    queue = list(coros)
    results = 0
    while queue:
        coro = queue.pop(0)
        try:
            for _ in range(10):
                coro.send(None)
        except StopIteration as e:
            results += e.value
        else:
            queue.append(coro)
    return results


def main():
    total = 0
    for _ in range(4):
        total += run_all([worker(3000 + k) for k in range(8)])
    print("coroutines checksum", total)


main()
