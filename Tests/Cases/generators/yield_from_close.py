# close() on a generator in yield from closes the delegate chain, innermost first.
def level(name, child=None):
    try:
        if child is None:
            yield name
        else:
            yield from child
    finally:
        print("closing", name)

g = level("outer", level("middle", level("inner")))
print(next(g))
g.close()
print("closed", g.gi_frame, g.gi_yieldfrom)

class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closable.close called")

def deleg():
    try:
        yield from Closable()
    finally:
        print("deleg finally")

g = deleg()
next(g)
g.close()

class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "b"
    def close(self):
        raise KeyError("from close")

def deleg2():
    try:
        yield from BadClose()
    except KeyError as e:
        print("delegating generator sees", repr(e))
        raise

g = deleg2()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

def deleg3():
    yield from ignores()

g = deleg3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
