# __init__ written as a generator function: calling the class is a TypeError.
class Odd:
    def __init__(self):
        yield 1

try:
    Odd()
except TypeError as e:
    print(type(e).__name__, e)

class WithArgs:
    def __init__(self, a, b=2):
        yield a + b

try:
    WithArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

class Iterable:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        yield from range(self.n)

print(list(Iterable(3)))
