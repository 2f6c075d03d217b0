# Driving coroutines by hand with send(None): awaits of custom awaitables yield to the driver.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        reply = yield self.value
        return reply

async def compute(x):
    a = await Suspend(("need", x))
    b = await Suspend(("need", x + 1))
    return a + b

async def main():
    first = await compute(1)
    second = await compute(10)
    return [first, second]

def drive(coro):
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as e:
            return e.value
        print("driver got", request)
        reply = request[1] * 100

print(drive(main()))

async def no_awaits():
    return "immediate"

c = no_awaits()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
