# A suspended generator released by its last reference runs its finally block right away.
def tracked(name):
    try:
        print("start", name)
        yield 1
        yield 2
    finally:
        print("finally", name)

g = tracked("a")
next(g)
print("before del")
del g
print("after del")

g = tracked("b")
next(g)
g = None
print("after rebinding")

def consume_one():
    for v in tracked("c"):
        print("got", v)
        break
    print("after break")

consume_one()

items = [tracked("d"), tracked("e")]
for it in items:
    next(it)
print("clearing list")
items.clear()
print("cleared")

unstarted = tracked("never started")
del unstarted
print("unstarted deleted: no output")

done = tracked("f")
print(list(done))
del done
print("finished one deleted")

def not_caught():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen on release")
        raise

x = not_caught()
next(x)
del x
print("end")
