# iter(callable, sentinel) and next(iterator, default).
values = [1, 2, 3, 0, 4]
it = iter(lambda: values.pop(0), 0)
print(list(it), values)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
for bad in [lambda: next([1]), lambda: iter(5), lambda: iter(5, 0), lambda: next(5, 0)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
it = iter("ab")
print(iter(it) is it, type(it).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
cs = iter(lambda: 1, 1)
print(list(cs), type(cs).__name__)
