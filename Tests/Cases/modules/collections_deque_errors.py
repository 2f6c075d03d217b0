# collections.deque error messages.
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index out of range', lambda: d[3])
attempt('negative out of range', lambda: d[-4])
attempt('slice', lambda: d[0:1])
attempt('str index', lambda: d['a'])
attempt('remove missing', lambda: d.remove(7))
attempt('index missing', lambda: d.index(7))
attempt('maxlen negative', lambda: deque([], -1))
attempt('maxlen type', lambda: deque([], 'x'))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('add list', lambda: d + [4])
attempt('set maxlen', lambda: setattr(d, 'maxlen', 4))


def mutate():
    for item in d:
        d.append(item)


attempt('mutated', mutate)
attempt('del out of range', lambda: d.__delitem__(10))
