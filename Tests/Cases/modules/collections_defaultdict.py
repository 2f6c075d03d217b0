# collections.defaultdict: factories, __missing__, repr, copy, errors.
from collections import defaultdict

d = defaultdict(int)
for word in 'the cat and the hat'.split():
    d[word] += 1
print(sorted(d.items()), d.default_factory)
lists = defaultdict(list)
lists['a'].append(1)
lists['a'].append(2)
print(lists, lists['b'], len(lists))
print(repr(defaultdict()), defaultdict(None, {'x': 1}))
n = defaultdict()
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(d.get('zzz'), 'zzz' in d)
c = lists.copy()
c['c'].append(3)
print(type(c).__name__, sorted(c), sorted(lists), c.default_factory)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
print(isinstance(d, dict), defaultdict.__module__, d.__missing__('new'), d['new'])
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
rec = defaultdict(list)
rec.default_factory = rec.default_factory
print(rec)
