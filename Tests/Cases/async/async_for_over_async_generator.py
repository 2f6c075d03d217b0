# async for over async generators: break, else, nested loops, exceptions from the body.
class Pause:
    def __await__(self):
        yield

async def numbers(n, log):
    try:
        for i in range(n):
            await Pause()
            yield i
    finally:
        log.append("numbers(%d) finally" % n)

async def main():
    log = []
    total = 0
    async for v in numbers(4, log):
        total += v
    else:
        log.append("else after %d" % total)
    gen = numbers(10, log)
    async for v in gen:
        if v == 2:
            break
    log.append("after break: %r" % (gen.ag_frame is not None))
    await gen.aclose()
    log.append("after aclose: %r" % (gen.ag_frame is None))
    try:
        async for v in numbers(3, log):
            if v == 1:
                raise KeyError("from body")
    except KeyError as e:
        log.append("caught " + repr(e))
    pairs = []
    async for a in numbers(2, log):
        async for b in numbers(2, log):
            pairs.append((a, b))
    log.append(pairs)
    return log

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

for line in run(main()):
    print(line)
