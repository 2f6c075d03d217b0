# iter() falls back to __getitem__ with 0, 1, 2, ... until IndexError (or StopIteration).
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("end")
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares(), sorted(Squares(), reverse=True), sum(Squares()))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErrors:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrors())
except KeyError as e:
    print(type(e).__name__, e)
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
