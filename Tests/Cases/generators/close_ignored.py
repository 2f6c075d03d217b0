# A generator that yields after GeneratorExit: close() raises RuntimeError.
def stubborn():
    while True:
        try:
            if (yield "value") == "really stop":
                return
        except GeneratorExit:
            print("refusing to close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("again:", e)
try:
    g.send("really stop")
except StopIteration:
    print("stopped on request")

def exits_later():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    finally:
        print("finally of exits_later")

g = exits_later()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
print(g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("finished after next")
