# itertools argument errors and laziness.
import itertools as it


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('islice no args', lambda: it.islice('abc'))
attempt('islice negative stop', lambda: it.islice('abc', -1))
attempt('islice bad start', lambda: it.islice('abc', 'a', 2))
attempt('islice zero step', lambda: it.islice('abc', 0, 2, 0))
attempt('islice too many', lambda: it.islice('abc', 1, 2, 3, 4))
attempt('combinations negative', lambda: it.combinations('abc', -1))
attempt('permutations negative', lambda: it.permutations('abc', -2))
attempt('product negative repeat', lambda: it.product('ab', repeat=-1))
attempt('tee negative', lambda: it.tee('ab', -1))
attempt('chain non-iterable', lambda: list(it.chain([1], 5)))
attempt('repeat bad times', lambda: it.repeat(1, 'x'))
attempt('zip_longest non-iterable', lambda: it.zip_longest([1], 2))
attempt('starmap non-tuple', lambda: list(it.starmap(pow, [5])))
attempt('accumulate strings', lambda: list(it.accumulate(['a', 'b', 'c'])))
attempt('accumulate mixed', lambda: list(it.accumulate([1, 'a'])))
calls = []


def noisy():
    for i in range(5):
        calls.append(i)
        yield i


g = it.islice(noisy(), 2)
print(next(g), calls)
print(list(g), calls)
c = it.count()
print(next(c), next(c), c)
t1, t2 = it.tee(noisy())
print(next(t1), next(t1), next(t2), list(t2), list(t1))
groups = it.groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, len(list(g))) for k, g in groups])
