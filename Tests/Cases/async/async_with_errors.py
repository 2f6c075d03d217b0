# async with errors: missing __aenter__/__aexit__, non-awaitable results.
async def use(manager):
    async with manager:
        print("body ran")

def run(manager):
    try:
        use(manager).send(None)
    except StopIteration:
        print("finished")
    except TypeError as e:
        print(type(e).__name__, e)

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class NoExit:
    async def __aenter__(self):
        return self

class EnterNotAwaitable:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False

class ExitNotAwaitable:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "no"

run(SyncOnly())
run(NoExit())
run(EnterNotAwaitable())
run(ExitNotAwaitable())
run(object())

class EnterRaises:
    async def __aenter__(self):
        raise KeyError("enter failed")
    async def __aexit__(self, *a):
        print("not called")

try:
    use(EnterRaises()).send(None)
except KeyError as e:
    print("propagated", repr(e))
