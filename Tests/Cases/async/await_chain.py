# Nested awaits: coroutine results flow back up; suspensions pass through every level.
class Tick:
    def __await__(self):
        yield "tick"

async def leaf(n):
    await Tick()
    return n * 2

async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total

async def root():
    a = await middle(3)
    b = await middle(2)
    return a, b

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(root()))

async def recursive(n):
    if n == 0:
        await Tick()
        return 0
    return 1 + await recursive(n - 1)

print(run(recursive(50)))
