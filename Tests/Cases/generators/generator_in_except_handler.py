# Generators created and driven inside except blocks, and yields inside except blocks.
import sys

def gen():
    try:
        raise ValueError("inside")
    except ValueError as e:
        yield "handling " + repr(e)
        yield "exc_info: " + sys.exc_info()[0].__name__
    yield "after handler: " + str(sys.exc_info()[0])

try:
    raise KeyError("outer")
except KeyError:
    g = gen()
    print(next(g))
    print("caller still handles", sys.exc_info()[0].__name__)
print(next(g))
print(next(g))
print("caller after:", sys.exc_info()[0])

def reraise_in_gen():
    try:
        yield
    except ZeroDivisionError:
        yield "caught"
        raise

g = reraise_in_gen()
next(g)
print(g.throw(ZeroDivisionError("zd")))
try:
    next(g)
except ZeroDivisionError as e:
    print("re-raised after resume:", repr(e))
