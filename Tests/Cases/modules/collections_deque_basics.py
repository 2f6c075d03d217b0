# collections.deque: both ends, maxlen, indexing, rotate, repr, iteration, equality.
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 5 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([3, 4])
d.extendleft('ab')
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d[0] = 'first'
del d[1]
print(d, d.index(3), d.count(4))
d.insert(1, 'ins')
d.remove('ins')
d.reverse()
print(d)
d.clear()
print(d, repr(deque()))

b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
print(b)
b.appendleft(6)
print(b)
b.extend(range(3))
print(b)
print(deque('abc', 0), deque([1, 2], maxlen=5))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([1]) != deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('ab'))
x = deque([1])
x += [2, 3]
x *= 2
print(x)
c = x.copy()
c.append(9)
print(x, c, deque(x, maxlen=2).copy())
e = deque([1, 2, 3])
e.extend(e)
print(e)
s = deque()
s.append(s)
print(s)


class MyDeque(deque):
    pass


print(MyDeque([1, 2]), MyDeque([1], maxlen=2), type(MyDeque([1]).copy()).__name__)
print(deque.__name__, deque.__module__, deque[int])
