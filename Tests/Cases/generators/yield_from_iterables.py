# yield from over non-generator iterables: lists, strings, ranges, dicts, custom iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("custom result")
        self.n -= 1
        return self.n

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i

def source(it):
    result = yield from it
    yield ("result", result)

for it in [[1, 2], "ab", range(3), {"k": 1, "j": 2}, (9,), Countdown(3), OnlyGetitem(), iter([7, 8]), b"hi"]:
    print(type(it).__name__, list(source(it)))

def not_iterable():
    yield from 5

try:
    list(not_iterable())
except TypeError as e:
    print(type(e).__name__, e)

def from_none():
    yield from None

try:
    next(from_none())
except TypeError as e:
    print(type(e).__name__, e)
