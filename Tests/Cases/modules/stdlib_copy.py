# copy: shallow and deep copies, memo for shared/cyclic structure, __copy__/__deepcopy__.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, [2]))[1] == [2], copy.copy('s'), copy.deepcopy(3.5))


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags


p = Point(1, ['a'])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('b')
print(q.tags, r.tags, q.x, type(r).__name__)


class Custom:
    def __copy__(self):
        return 'shallow!'

    def __deepcopy__(self, memo):
        return 'deep!'


print(copy.copy(Custom()), copy.deepcopy(Custom()), copy.deepcopy({'c': Custom()}))
print(copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.Error.__name__)
