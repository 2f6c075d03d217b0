# throw() into a generator that never started: raised at the start, no handler runs.
def gen():
    try:
        yield 1
    except ValueError:
        print("never printed")
        yield 2
    finally:
        print("never printed either")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(g.gi_frame, list(g))

g = gen()
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit raised", type(e).__name__)

g = gen()
g.close()
print("close of unstarted: frame", g.gi_frame, list(g))

def default_arg(x=print("evaluated at def")):
    yield x

d = default_arg()
try:
    d.throw(KeyError)
except KeyError:
    print("KeyError from unstarted")
