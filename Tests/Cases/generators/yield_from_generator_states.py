# yield from an already started or already finished generator, and from itself.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer(g):
    r = yield from g
    yield "result: " + str(r)

started = inner()
print(next(started))
print(list(outer(started)))
finished = inner()
print(list(finished))
print(list(outer(finished)))

def self_delegate():
    yield from me

me = self_delegate()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def just_started():
    x = yield "first"
    yield x

def sender():
    g = just_started()
    yield from g

s = sender()
print(next(s), s.send("sent through"))
