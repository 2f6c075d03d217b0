# _collections_abc (what collections.abc re-exports): the ABCs, their registrations of
# the builtin types, structural checks (__subclasshook__) and the mixin methods.
import _collections_abc as abc

for t in [list, tuple, dict, set, frozenset, str, bytes, range, type({}.keys()), type(iter([]))]:
    print(t.__name__, [name for name in ["Iterable", "Iterator", "Sized", "Container", "Collection",
                                         "Sequence", "MutableSequence", "Set", "MutableSet",
                                         "Mapping", "MutableMapping", "Hashable", "Reversible"]
                       if issubclass(t, getattr(abc, name))])


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag([3, 1, 2])
print(sorted(b | {9}), sorted(b & {1, 2, 7}), sorted(b - {1}), b <= Bag([1, 2, 3, 4]), b == Bag([2, 3, 1]))
b |= {5}
b -= {3}
print(sorted(b), len(b), b.isdisjoint({8}), isinstance(b, abc.Set), isinstance(b, abc.Hashable))


class Table(abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)


m = Table(a=1, b=2)
print(m.get("a"), m.get("z", 0), "b" in m, sorted(m.keys()), sorted(m.items()), list(m.values()), m == {"a": 1, "b": 2})


class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(3), abc.Iterator), list(Countdown(3)), issubclass(int, abc.Iterable))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError", e)
