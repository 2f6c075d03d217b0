# throw() on the outermost coroutine reaches the innermost awaited object.
class Pause:
    def __await__(self):
        try:
            yield "paused"
        except KeyError:
            print("awaitable saw KeyError")
            raise

async def level3():
    try:
        await Pause()
    except KeyError:
        print("level3 caught KeyError")
        return "level3 recovered"

async def level2():
    r = await level3()
    print("level2 got", r)
    await Pause()
    return "level2 done"

async def level1():
    try:
        return await level2()
    except ValueError as e:
        return "level1 caught " + repr(e)

c = level1()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.throw(ValueError("v")) if False else "skip")
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)

c = level1()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", repr(e))
print(c.cr_frame)
