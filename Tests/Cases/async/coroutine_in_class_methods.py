# async methods, async static/class methods, and awaiting attributes of objects.
class Pause:
    def __await__(self):
        yield

class Account:
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, amount):
        await Pause()
        self.balance += amount
        return self.balance
    @staticmethod
    async def rate():
        await Pause()
        return 0.5
    @classmethod
    async def open(cls, amount):
        acct = cls(0)
        await acct.deposit(amount)
        return acct
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        self.closed = True

async def main():
    a = await Account.open(100)
    await a.deposit(50)
    r = await Account.rate()
    async with a as same:
        print("same object:", same is a)
    return a.balance, r, a.closed

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(run(main()))
c = Account(1).deposit(2)
print(c.__qualname__)
c.close()
