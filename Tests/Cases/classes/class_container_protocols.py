# __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__reversed__ protocols.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        print("contains", key)
        return key in self.cells
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5], len(g), (0, 0) in g, (9, 9) not in g)
del g[0, 0]
print(len(g))
class Seq:
    def __getitem__(self, i):
        print("Seq.getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 99 in Seq())
class It:
    def __iter__(self):
        return iter([3, 1, 2])
    def __reversed__(self):
        return iter(["reversed!"])
print(list(It()), sorted(It()), list(reversed(It())), 1 in It(), max(It()))
class NoIter:
    pass
for call in [lambda: iter(NoIter()), lambda: 1 in NoIter(), lambda: NoIter()[0], lambda: reversed(NoIter())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
