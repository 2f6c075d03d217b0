# Keyword-only parameters after * or *args, with the exact error messages.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
def g(*args, key=None, **rest):
    return args, key, rest
print(g(1, 2, key="k", z=1), g(), g(key=1))
calls = [lambda: f(1, 2), lambda: f(1), lambda: f(b=1), lambda: f(1, b=2, d=4), lambda: f(1, 2, 3),
         lambda: f(), lambda: f(1, b=1, c=1, **{"b": 2})]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def h(*, x, y):
    return x + y
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_kwonlyargcount, h.__code__.co_argcount, h(y=1, x=2))
