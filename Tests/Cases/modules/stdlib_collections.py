# collections: namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict, UserDict/UserList/UserString.
import collections
from collections import namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), Point.__doc__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(9), P3._field_defaults)
try:
    namedtuple('Bad', 'x x')
except ValueError as e:
    print('ValueError', e)

c = Counter('abracadabra')
print(sorted(c.items()), c.most_common(2), c['z'])
c.update('aaz')
print(c['a'], c['z'], sorted(c.elements())[:4], c.total())
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=1), Counter(a=3) & Counter(a=1))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'], cm.parents)

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.maxlen, d.pop(), d.popleft(), list(reversed(d)))

dd = defaultdict(list)
dd['x'].append(1)
dd['y']
print(dd, sorted(dd), 'z' in dd)

ud = collections.UserDict(a=1)
ud['b'] = 2
ul = collections.UserList([3, 1, 2])
ul.sort()
us = collections.UserString('abc')
print(ud, ul, us.upper(), len(us))
