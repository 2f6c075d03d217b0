# __iter__ written as a generator function; classes whose instances iterate lazily.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(4)
print(list(r), list(r))
print(sum(r), max(r), 3 in r, 7 in r)
it = iter(r)
print(type(it).__name__, next(it), next(it))
a, b, *c = r
print(a, b, c)
print(sorted(r, reverse=True))
print(dict.fromkeys(r))

class Tree:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            if isinstance(item, Tree):
                yield from item
            else:
                yield item
    def __reversed__(self):
        for item in reversed(self.items):
            if isinstance(item, Tree):
                yield from reversed(item)
            else:
                yield item

t = Tree(1, Tree(2, 3), 4, Tree(Tree(5)))
print(list(t), list(reversed(t)))

class Pairs:
    def __init__(self, d):
        self.d = d
    def items(self):
        for k in sorted(self.d):
            yield k, self.d[k]
    def keys(self):
        return (k for k, _ in self.items())
    def __getitem__(self, k):
        return self.d[k]

p = Pairs({"b": 2, "a": 1})
print(list(p.items()), list(p.keys()), dict(p))
