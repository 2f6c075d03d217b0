# __context__ of exceptions raised in generators and thrown into them.
def raises_in_except():
    try:
        yield
        raise KeyError("first")
    except KeyError:
        yield
        raise ValueError("second")

g = raises_in_except()
next(g)
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

def thrown():
    try:
        raise IndexError("handled in generator")
    except IndexError:
        yield

g = thrown()
next(g)
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def plain():
    yield
    raise ValueError("plain")

try:
    raise KeyError("caller")
except KeyError:
    g = plain()
    next(g)
    try:
        next(g)
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__))

def explicit_cause():
    try:
        yield
    except KeyError as e:
        raise RuntimeError("wrapped") from e

g = explicit_cause()
next(g)
try:
    g.throw(KeyError("original"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
