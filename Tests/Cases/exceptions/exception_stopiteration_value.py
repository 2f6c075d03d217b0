# StopIteration carries a value; next() raises it when an iterator is exhausted.
s = StopIteration(5)
print(s.value, s.args, StopIteration().value, StopIteration(1, 2).value, repr(StopIteration("v")))
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(Countdown(3)))
c = Countdown(0)
try:
    next(c)
except StopIteration as e:
    print(e.value)
print(next(iter([]), "default"), issubclass(StopIteration, Exception))
