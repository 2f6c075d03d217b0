# async for errors: no __aiter__, __aiter__ result without __anext__, bad __anext__ results.
async def loop(obj):
    async for _ in obj:
        pass

def run(obj):
    try:
        loop(obj).send(None)
    except StopIteration:
        print("finished")
    except TypeError as e:
        print(type(e).__name__, e)

run([1, 2])
run(5)

class NoAnext:
    def __aiter__(self):
        return self

class AiterReturnsList:
    def __aiter__(self):
        return [1]

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class AnextRaises:
    def __aiter__(self):
        return self
    def __anext__(self):
        raise KeyError("from __anext__")

run(NoAnext())
run(AiterReturnsList())
run(BadAnext())
try:
    loop(AnextRaises()).send(None)
except KeyError as e:
    print("propagated", repr(e))

class RaisesOther:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("not StopAsyncIteration")

try:
    loop(RaisesOther()).send(None)
except ValueError as e:
    print("propagated", repr(e))

def sync_gen():
    yield 1

run(sync_gen())
