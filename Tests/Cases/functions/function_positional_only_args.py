# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(a, /, **kwargs):
    return a, kwargs
print(g(1, a=2), g("x", b=3))
def h(x=1, /, y=2):
    return x, y
print(h(), h(5), h(5, 6), h(y=7))
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, g.__code__.co_posonlyargcount)
def only(a, b, /):
    return a - b
try:
    only(1)
except TypeError as e:
    print(type(e).__name__, e)
