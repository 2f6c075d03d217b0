# try/except/finally blocks inside generators across yields.
def gen():
    try:
        yield "in try"
        raise KeyError("k")
    except KeyError as e:
        yield "in except " + repr(e)
    else:
        yield "not reached"
    finally:
        yield "in finally"
    yield "after"

print(list(gen()))

def nested():
    try:
        try:
            yield 1
            1 / 0
        finally:
            yield "inner finally"
    except ZeroDivisionError:
        yield "outer except"
    finally:
        yield "outer finally"

print(list(nested()))

def return_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        yield "finally yields"

g = return_in_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def loop_with_handlers():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled " + str(e)
        finally:
            print("finally", i)

print(list(loop_with_handlers()))
