# reprlib: size-limited reprs and recursive_repr.
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr('x' * 100))
print(reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(3))))
r = reprlib.Repr()
r.maxlist = 2
r.maxlevel = 1
print(r.repr([1, [2, [3]], 4, 5]))
print(r.repr(frozenset({1})), r.repr(12345678901234567890 ** 3))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % (self.children,)


print(repr(Node()))
