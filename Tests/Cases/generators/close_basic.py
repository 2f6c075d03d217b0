# close(): GeneratorExit at the suspension point; finally blocks and except handlers run.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = with_finally()
print(next(g))
print(g.close())
print(g.gi_frame)
print(list(g))
print(g.close())

def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, e.args)
        raise

g = catches_exit()
next(g)
g.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = returns_on_exit()
next(g)
print("close returns", g.close())

def base_exception_handler():
    try:
        yield
    except BaseException as e:
        print("BaseException handler", type(e).__name__)

g = base_exception_handler()
next(g)
g.close()

def exception_handler_not_hit():
    try:
        yield
    except Exception:
        print("not printed: GeneratorExit is not an Exception")
    finally:
        print("finally still runs")

g = exception_handler_not_hit()
next(g)
g.close()
try:
    g.close(1)
except TypeError as e:
    print(type(e).__name__, e)
