# Coroutines return values through StopIteration.value, like generators.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

async def returns(v):
    return await Ready(v)

for v in [None, 1, "s", (1, 2), [3], StopIteration("x")]:
    c = returns(v)
    try:
        c.send(None)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), e.args == ((v,) if v is not None else ()))

async def raising():
    raise KeyError("from coroutine")

try:
    raising().send(None)
except KeyError as e:
    print("propagated", repr(e))

async def stop():
    raise StopIteration("inside coroutine")

try:
    stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
