# A generator's return value travels in StopIteration.value (args hold it unless None).
def ret(v):
    yield "first"
    return v

for v in [None, 0, 5, "text", (1, 2), (), [3], KeyError("k"), StopIteration(7)]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), len(e.args))

def immediate():
    return "now"
    yield

try:
    next(immediate())
except StopIteration as e:
    print("immediate", e.value, e.args)

g = ret(1)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.args, e.value)

def via_send():
    x = yield
    return x * 2

g = via_send()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("send result", e.value)
