# Re-entering a running generator: ValueError "generator already executing"; gi_running.
def self_referencing():
    print("running inside:", g.gi_running)
    try:
        next(g)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        g.send(1)
    except ValueError as e:
        print("send:", e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    yield "ok"

g = self_referencing()
print("before:", g.gi_running)
print(next(g))
print("after:", g.gi_running)

def closer():
    try:
        c.close()
    except ValueError as e:
        print("close:", e)
    yield

c = closer()
next(c)

def outer():
    yield from inner_gen

def inner():
    try:
        next(o)
    except ValueError as e:
        print("through yield from:", e)
    yield "inner done"

inner_gen = inner()
o = outer()
print(next(o))
