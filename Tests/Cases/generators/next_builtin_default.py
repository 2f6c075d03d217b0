# next(gen, default): the default replaces StopIteration (even with a return value).
def gen():
    yield "only"
    return "ignored by next with default"

g = gen()
print(next(g, "d1"), next(g, "d2"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("without default:", e.args)

def raises():
    yield
    raise KeyError("not swallowed")

g = raises()
next(g)
try:
    next(g, "default")
except KeyError as e:
    print("other exceptions propagate:", repr(e))
try:
    next(gen(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter(gen())), next((x for x in []), "empty genexpr"))
