# gi_yieldfrom: the iterator a generator delegates to while suspended in yield from.
def inner():
    yield 1
    yield 2

def outer(it):
    yield "own"
    yield from it
    yield "own again"

i = inner()
g = outer(i)
print(g.gi_yieldfrom)
next(g)
print("own yield:", g.gi_yieldfrom)
next(g)
print("delegating to inner:", g.gi_yieldfrom is i)
next(g)
print(g.gi_yieldfrom is i)
next(g)
print("back to own:", g.gi_yieldfrom)
lst_it = iter([1, 2])
g = outer(lst_it)
next(g)
next(g)
print(g.gi_yieldfrom is lst_it, type(g.gi_yieldfrom).__name__)
list(g)
print("finished:", g.gi_yieldfrom)
print("suspended flags:", i.gi_suspended, outer(i).gi_suspended)
s = outer([5])
next(s)
print(s.gi_suspended, s.gi_running)
