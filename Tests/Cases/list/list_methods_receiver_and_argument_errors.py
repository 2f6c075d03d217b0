# list/tuple methods called through the type with a wrong self, or with wrong arguments,
# raise CPython's TypeErrors; repetition beyond memory raises MemoryError/OverflowError.
tests = [
    lambda: list.append(5, 1), lambda: list.pop(5), lambda: list.insert(5, 1, 2), lambda: list.remove(5, 1),
    lambda: list.index(5, 1), lambda: list.count(5, 1), lambda: list.sort(5), lambda: list.reverse(5),
    lambda: list.copy(5), lambda: list.clear(5), lambda: list.extend(5, []), lambda: tuple.index(5, 1),
    lambda: tuple.count(5, 1), lambda: list.append([]), lambda: [].insert(1), lambda: [].pop(1, 2),
    lambda: [1].pop("a"), lambda: [].index(), lambda: [].index(1, 2, 3, 4), lambda: [].sort(1),
    lambda: [].sort(key=1, bogus=2), lambda: [].sort(reverse=None), lambda: list.__reversed__(5),
    lambda: list.__add__(5, []), lambda: [].__iadd__(5), lambda: [1] * (2 ** 40), lambda: "ab" * (2 ** 62),
    lambda: (1,) * (2 ** 62), lambda: [1][2 ** 70], lambda: reversed([]).__length_hint__(), lambda: iter([]).__next__(),
    lambda: [1, 2, 3].index(3, -1), lambda: [1, 2, 3].index(1, 1), lambda: (1, 2).index(2, 0, 1),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t())[:80])
    except (TypeError, ValueError, IndexError, MemoryError, OverflowError, StopIteration) as e:
        print(i, type(e).__name__, e)
# Comparisons that shrink the list while remove/index/count scan it.
class Shrinker:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
data = [1, 2, 3]
print(data.count(Shrinker(data)), data)
data = [1, 2, 3]
try:
    data.remove(Shrinker(data))
except ValueError as e:
    print(type(e).__name__, e, data)
