# Async generator attributes: ag_running, ag_frame, ag_await, ag_code, names, types.
class Pause:
    def __await__(self):
        yield "pause"

async def inner():
    await Pause()

async def agen():
    await inner()
    yield 1

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_code is agen.__code__)
print("created:", g.ag_running, g.ag_await, g.ag_frame is not None)
aw = g.__anext__()
aw.send(None)
print("awaiting:", g.ag_running, type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "running after yield:", g.ag_running)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("finished:", g.ag_running, g.ag_frame, g.ag_await)
print(agen.__code__.co_flags & 0x200 != 0)
for name in ["asend", "athrow", "aclose", "__aiter__", "__anext__", "send", "__next__"]:
    print(name, hasattr(g, name))
try:
    g.ag_running = True
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(agen()).split(" at ")[0])
