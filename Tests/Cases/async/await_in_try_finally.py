# await inside try/except/finally: exceptions thrown in while suspended, cleanup that awaits.
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

async def task():
    try:
        await Pause("in try")
        raise KeyError("boom")
    except KeyError as e:
        await Pause("in except")
        result = "handled " + repr(e)
    finally:
        await Pause("in finally")
    return result

def run(coro):
    labels = []
    while True:
        try:
            labels.append(coro.send(None))
        except StopIteration as e:
            return labels, e.value

print(run(task()))

async def nested():
    try:
        try:
            await Pause("inner")
        finally:
            await Pause("inner finally")
            raise ValueError("from inner finally")
    except ValueError as e:
        await Pause("outer except")
        return str(e)

print(run(nested()))

async def with_return_in_finally():
    try:
        await Pause("try")
        return "from try"
    finally:
        await Pause("finally")

print(run(with_return_in_finally()))
c = task()
print(c.send(None))
try:
    c.throw(IndexError("thrown into try"))
except IndexError as e:
    print("escaped after finally awaited?", repr(e))
