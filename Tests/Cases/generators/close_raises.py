# Exceptions raised while closing propagate out of close() (StopIteration excepted).
def raises_in_finally():
    try:
        yield
    finally:
        raise KeyError("from finally")

g = raises_in_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e), type(e.__context__).__name__)

def raises_other_in_handler():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replacing GeneratorExit")

g = raises_other_in_handler()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), type(e.__context__).__name__)

def returns_value():
    try:
        yield
    finally:
        return 5

g = returns_value()
next(g)
print("close after return in finally:", g.close())

def raises_stop():
    try:
        yield
    finally:
        raise StopIteration

g = raises_stop()
next(g)
try:
    print(g.close())
except RuntimeError as e:
    print(type(e).__name__, e)
