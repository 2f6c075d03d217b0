# An async generator released while suspended: its finally runs on release (no hooks).
async def agen(name):
    try:
        yield name
        yield name + "2"
    finally:
        print("finally of", name)

def first(g):
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        return e.value

g = agen("a")
print(first(g))
del g
print("after del")
g = agen("unstarted")
del g
print("unstarted: nothing")
g = agen("exhausted")
print(first(g), first(g))
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
del g
print("end")
