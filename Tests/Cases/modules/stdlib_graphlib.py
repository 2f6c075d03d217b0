# graphlib: topological order, incremental processing, cycle errors.
from graphlib import TopologicalSorter, CycleError

graph = {'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}}
order = list(TopologicalSorter(graph).static_order())
print(order[0], order[-1], sorted(order[1:3]), len(order))
ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps)
try:
    list(TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))
t = TopologicalSorter()
t.prepare()
try:
    t.prepare()
except ValueError as e:
    print('ValueError', e)
