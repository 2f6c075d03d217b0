# PEP 479: a StopIteration escaping a generator's frame becomes RuntimeError.
def raises_directly():
    yield 1
    raise StopIteration("inner")

g = raises_directly()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)

def leaks_from_next():
    it = iter([])
    yield next(it)

try:
    list(leaks_from_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def subclass():
    class MyStop(StopIteration):
        pass
    raise MyStop
    yield

try:
    next(subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught inside"

print(list(caught_inside()))
g = raises_directly()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(list(g))

def via_throw():
    yield 1

g = via_throw()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw:", e)
