# A tiny round-robin scheduler driving several coroutines with send(None).
class Yield:
    def __await__(self):
        yield

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield

async def worker(name, steps, log):
    for i in range(steps):
        log.append("%s:%d" % (name, i))
        await Sleep(2 if name == "slow" else 1)
    return name + " finished"

def run_all(coros):
    queue = list(coros)
    results = []
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            queue.append(coro)
    return results

log = []
print(run_all([worker("fast", 3, log), worker("slow", 2, log), worker("mid", 2, log)]))
print(log)

class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)
    async def put(self, item):
        self.items.append(item)
        await Yield()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
    return "producer done"

async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        got.append(item)

q = Queue()
print(run_all([consumer(q), producer(q, 4)]))
