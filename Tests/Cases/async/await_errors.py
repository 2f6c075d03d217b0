# What can be awaited: objects without __await__, bad __await__ results.
async def await_it(x):
    return await x

def run(x):
    c = await_it(x)
    try:
        c.send(None)
    except StopIteration as e:
        print("value", e.value)
    except TypeError as e:
        print(type(e).__name__, e)

run(5)
run("text")
run(None)
run([1])

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsIter:
    def __await__(self):
        return iter([])

class ReturnsCoroutine:
    def __await__(self):
        return await_it(ReturnsIter())

class AwaitNone:
    __await__ = None

class ClassLevel:
    pass
ClassLevel.__await__ = lambda self: iter(())

run(ReturnsList())
run(ReturnsIter())
run(ReturnsCoroutine())
run(AwaitNone())
run(ClassLevel())
inst = ReturnsIter()
async def plain():
    return "plain"
async def await_twice():
    c = plain()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)
try:
    await_twice().send(None)
except StopIteration as e:
    print(e.value)
