# Sending a non-None value into a generator that has not started is a TypeError.
def gen():
    x = yield 1
    yield x

for value in [1, "a", 0, False, (), []]:
    g = gen()
    try:
        g.send(value)
    except TypeError as e:
        print(type(e).__name__, e)
    # The generator is still usable afterwards.
    print(g.send(None), g.send(value))

g = gen()
print(g.send(None))
print(g.send("now fine"))
try:
    gen().send()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen().send(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
