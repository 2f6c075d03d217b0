# Reading a local before assignment raises UnboundLocalError with 3.11's message.
x = 10
def f():
    print(x)
    x = 20
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError), e.args)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    z += 1
    z = 0
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def via_except():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err
try:
    via_except()
except UnboundLocalError as e:
    print(type(e).__name__, e)
