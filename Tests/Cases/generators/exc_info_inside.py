# sys.exc_info() inside generators: their own handled exception, or their caller's.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def gen():
    yield "start: " + str(name())
    try:
        raise KeyError
    except KeyError:
        yield "in except: " + str(name())
        yield "still in except: " + str(name())
    yield "after: " + str(name())

g = gen()
print(next(g))
try:
    raise ValueError
except ValueError:
    print(next(g), "| caller sees", name())
print(next(g), "| caller sees", name())
try:
    raise IndexError
except IndexError:
    print(next(g), "| caller sees", name())
print(next(g), "| caller sees", name())

def bare_raise():
    try:
        yield
        raise
    except RuntimeError as e:
        yield "RuntimeError: " + str(e)

b = bare_raise()
next(b)
print(next(b))
b = bare_raise()
next(b)
try:
    raise TypeError("outer")
except TypeError:
    try:
        next(b)
    except TypeError as e:
        print("bare raise re-raised the caller's exception:", e)
