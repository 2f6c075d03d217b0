# close() and throw() on suspended coroutines, reaching into what they await.
class Pause:
    def __await__(self):
        yield "paused"

async def guarded():
    try:
        await Pause()
        await Pause()
    except KeyError as e:
        print("coroutine caught", repr(e))
        await Pause()
        return "recovered"
    finally:
        print("coroutine finally")

c = guarded()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

c = guarded()
c.send(None)
c.close()
print("closed; cr_frame:", c.cr_frame)

c = guarded()
c.send(None)
try:
    c.throw(ValueError("not handled"))
except ValueError as e:
    print("escaped", repr(e))

async def outer():
    try:
        return await guarded()
    except IndexError:
        return "outer handled IndexError"

c = outer()
c.send(None)
try:
    c.throw(IndexError)
except StopIteration as e:
    print(e.value)

async def ignore_exit():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()

c = ignore_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    print("finished after the ignored close")
c = ignore_exit()
c.close()
print("unstarted close ok")
