# A finished coroutine cannot be resumed: RuntimeError "cannot reuse already awaited coroutine".
async def simple():
    return 1

c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("first run:", e.value)
for attempt in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("throw:", e)
print("close is silent:", c.close())

async def awaits(c):
    return await c

d = simple()
outer = awaits(d)
try:
    outer.send(None)
except StopIteration as e:
    print("awaited once:", e.value)
try:
    awaits(d).send(None)
except RuntimeError as e:
    print("awaiting again:", e)

async def failing():
    raise ValueError("fails")

f = failing()
try:
    f.send(None)
except ValueError:
    pass
try:
    f.send(None)
except RuntimeError as e:
    print("after failure:", e)
try:
    simple().send(1)
except TypeError as e:
    print(type(e).__name__, e)
