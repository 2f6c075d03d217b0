# generator.throw(type), throw(type, value), throw(instance): how the exception is built.
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "message")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, None)
g.throw(ValueError("instance"))
g.throw(ValueError, ValueError("value instance"))
g.throw(LookupError, KeyError("subclass instance"))
g.throw(KeyError, 5)
g.throw(ValueError("with tb"), None, None)

class Custom(Exception):
    def __init__(self, *args):
        print("Custom.__init__", args)
        super().__init__(*args)

g.throw(Custom)
g.throw(Custom, (1, 2))
g.throw(Custom(3))

def returns_after_catch():
    try:
        yield 1
    except ZeroDivisionError:
        return "recovered"

g = returns_after_catch()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

def yields_after_catch():
    try:
        yield 1
    except ZeroDivisionError:
        yield "after throw"
    yield "next"

g = yields_after_catch()
next(g)
print(g.throw(ZeroDivisionError))
print(next(g))
