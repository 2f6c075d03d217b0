# An exhausted generator stays exhausted: next raises StopIteration, send too, close is a no-op.
def gen():
    yield 1
    return "value only once"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("first end:", e.value)
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("again:", e.args)
try:
    g.send("x")
except StopIteration as e:
    print("send on exhausted:", e.args)
print(g.close(), g.gi_frame, g.gi_running, g.gi_suspended)
print(list(g), sum(g), next(g, "default"))
for v in g:
    print("never")
