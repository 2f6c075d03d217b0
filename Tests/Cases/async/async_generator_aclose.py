# aclose(): GeneratorExit at the yield, finally blocks (which may await), ignored exits.
class Pause:
    def __await__(self):
        yield "pause"

async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        await Pause()
        print("cleanup ends")

def drive(awaitable):
    pauses = 0
    try:
        while True:
            awaitable.send(None)
            pauses += 1
    except StopIteration as e:
        return ("value", e.value, pauses)
    except StopAsyncIteration:
        return ("StopAsyncIteration", pauses)

g = with_cleanup()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(g.aclose()))

g = with_cleanup()
print("unstarted:", drive(g.aclose()))
print(drive(g.__anext__()))

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

g = ignores()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = raises_in_finally()
drive(g.__anext__())
try:
    drive(g.aclose())
except ValueError as e:
    print("propagated", repr(e))

async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

g = catches_exit()
drive(g.__anext__())
print(drive(g.aclose()))
aw = g.aclose()
print(drive(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
