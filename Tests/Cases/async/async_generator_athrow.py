# athrow(): throw into an async generator at its yield; the awaitable's outcomes.
async def handler():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "handled " + repr(e)
        except ValueError:
            return

def step(awaitable, value=None):
    try:
        r = awaitable.send(value)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)

g = handler()
print(step(g.__anext__()))
print(step(g.athrow(KeyError("k"))))
print(step(g.__anext__()))
print(step(g.athrow(KeyError, "typ-and-val")))
print(step(g.__anext__()))
print(step(g.athrow(ValueError)))
print(step(g.athrow(KeyError)))

g = handler()
step(g.__anext__())
try:
    step(g.athrow(IndexError("unhandled")))
except IndexError as e:
    print("propagated", repr(e))
print(step(g.__anext__()))

g = handler()
try:
    step(g.athrow(KeyError("before start")))
except KeyError as e:
    print("unstarted athrow raises", repr(e))

g = handler()
step(g.__anext__())
aw = g.athrow(KeyError)
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    step(handler().athrow())
except TypeError as e:
    print(type(e).__name__, e)
g = handler()
step(g.__anext__())
try:
    step(g.athrow(KeyError), "not none")
except RuntimeError as e:
    print(type(e).__name__, e)
