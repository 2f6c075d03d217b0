# Coroutine attributes: cr_running, cr_frame, cr_await, cr_code, cr_suspended, names.
class Pause:
    def __await__(self):
        yield

async def inner():
    await Pause()

async def outer():
    print("inside: running =", c.cr_running)
    await inner()

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_code is outer.__code__)
print("created:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None, c.cr_origin)
c.send(None)
print("suspended:", c.cr_running, c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__name__)
print("inner awaits:", type(c.cr_await.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print("finished:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame)
class K:
    async def method(self):
        pass
m = K().method()
print(m.__name__, m.__qualname__)
m.__qualname__ = "Other.name"
print(m.__qualname__, repr(m).split(" at ")[0])
m.close()
for attr in ["send", "throw", "close", "__await__"]:
    print(attr, hasattr(c, attr))
for attr in ["__next__", "__iter__"]:
    print(attr, hasattr(c, attr))
try:
    iter(outer())
except TypeError as e:
    print(type(e).__name__, e)
print(outer.__code__.co_flags & 0x80 != 0)
