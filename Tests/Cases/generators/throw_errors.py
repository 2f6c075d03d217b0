# Bad arguments to throw() and what a generator does with uncaught thrown exceptions.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
for args in [(1,), ("str",), (object,), (int,), (TypeError("x"), 5), (TypeError, None, 5), (TypeError, None, "tb")]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print("still suspended:", next(g))
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError, 1, None, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(typ=ValueError)
except TypeError as e:
    print(type(e).__name__, e)

g = gen()
next(g)
try:
    g.throw(KeyError("uncaught"))
except KeyError as e:
    print("propagated", repr(e))
print("finished:", g.gi_frame, list(g))
try:
    g.throw(IndexError("into finished"))
except IndexError as e:
    print("finished generator re-raises", repr(e))

class BadInit(Exception):
    def __init__(self, *args):
        raise RuntimeError("cannot build")

g = gen()
next(g)
try:
    g.throw(BadInit)
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g))
