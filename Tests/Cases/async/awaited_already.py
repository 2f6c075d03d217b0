# A coroutine suspended inside an await cannot be awaited by a second coroutine.
class Pause:
    def __await__(self):
        yield "pause"

async def slow():
    await Pause()
    return "slow done"

shared = slow()

async def first():
    return await shared

async def second():
    return await shared

a = first()
print(a.send(None))
b = second()
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    a.send(None)
except StopIteration as e:
    print("first finished:", e.value)
