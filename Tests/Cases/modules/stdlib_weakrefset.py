# _weakrefset.WeakSet: set operations over weakly held members.
from _weakrefset import WeakSet


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


a, b, c = Item(1), Item(2), Item(3)
s = WeakSet([a, b])
s.add(c)
print(len(s), a in s, Item(9) in s, sorted(x.n for x in s))
s.discard(b)
s.remove(c)
print(sorted(x.n for x in s))
t = WeakSet([a, b])
print(sorted(x.n for x in s | t), sorted(x.n for x in t - s), s <= t, s == WeakSet([a]))
u = s.copy()
u.clear()
print(len(u), len(s), bool(u))
try:
    s.remove(c)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(s.pop() is a, len(s))
