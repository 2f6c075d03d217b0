# *args collects extra positionals into a tuple, **kwargs extra keywords into a dict.
def f(a, b=0, *args, c, d=5, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=2))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))
print(f(*(1,), *(2, 3), c=0, **{"x": 1}, **{"y": 2}))
def passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(passthrough(9, c=9))
def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(), count(*"abc"), count(**dict.fromkeys("xyz", 0)), count(*range(4), **{"a": 1}))
def kw_order(**kwargs):
    return list(kwargs)
print(kw_order(z=1, a=2, m=3), kw_order(**{"b": 1}, a=2))
def args_type(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__
print(args_type())
