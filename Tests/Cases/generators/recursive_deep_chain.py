# A deep chain of generators delegating with yield from, and its recursion limit.
import sys

def chain(n):
    if n == 0:
        yield "bottom"
        return "ret"
    r = yield from chain(n - 1)
    return r

g = chain(300)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def send_through(n):
    if n == 0:
        total = 0
        while True:
            x = yield total
            total += x
    yield from send_through(n - 1)

g = send_through(100)
next(g)
print(g.send(5), g.send(7))
g.close()

def throw_through(n):
    if n == 0:
        try:
            yield "waiting"
        except KeyError:
            yield "caught at the bottom"
    else:
        yield from throw_through(n - 1)

g = throw_through(100)
next(g)
print(g.throw(KeyError))

def endless(n):
    yield from endless(n + 1)

try:
    next(endless(0))
except RecursionError as e:
    print(type(e).__name__, e)
