# throw() on a generator in yield from is thrown into the innermost delegate first.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
        return "inner result"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield r
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))

g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("escaped", e)
print(g.gi_frame)

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "thrower value"
    def throw(self, typ, val=None, tb=None):
        print("Thrower.throw got", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        if isinstance(typ, type) and issubclass(typ, KeyError):
            raise StopIteration("thrower done")
        return "handled"

def deleg():
    r = yield from Thrower()
    yield "after " + r

g = deleg()
print(next(g))
print(g.throw(ValueError))
print(g.throw(KeyError))

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 0

def deleg2():
    try:
        yield from NoThrow()
    except ValueError:
        yield "caught in delegating generator"

g = deleg2()
next(g)
print(g.throw(ValueError))
