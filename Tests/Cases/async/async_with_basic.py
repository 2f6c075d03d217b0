# async with: __aenter__/__aexit__ are awaited; the exception reaches __aexit__.
class Pause:
    def __await__(self):
        yield "pause"

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, value, tb):
        await Pause()
        print("exit", self.name, typ.__name__ if typ else None, repr(value))
        return self.suppress

async def main():
    async with Manager("a") as name:
        print("body", name)
    async with Manager("b", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", repr(e))
    async with Manager("outer") as o, Manager("inner") as i:
        print("both", o, i)
    for n in range(3):
        async with Manager("loop%d" % n):
            if n == 1:
                continue
            if n == 2:
                break
            print("loop body", n)
    return "main done"

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(run(main()))

async def returns_inside():
    async with Manager("ret"):
        return "returned from inside"

print(run(returns_inside()))
