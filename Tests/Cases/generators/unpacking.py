# Unpacking generators: assignment targets, starred targets, call arguments.
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
try:
    a, b = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = gen(1)
except ValueError as e:
    print(type(e).__name__, e)
def f(*args, **kwargs):
    return args, kwargs
print(f(*gen(3)))
print(f(*gen(2), *gen(2)))
print([*gen(3), *"ab"])
print({*gen(3)} == {0, 1, 2})
print(list(map(lambda x: x * 2, gen(4))))
print(list(filter(None, gen(4))))
print(list(zip(gen(3), gen(5))))
print(list(reversed(list(gen(3)))))
print(dict(zip(gen(3), "abc")))
x, (y, z) = gen(1), gen(2)
print(list(x), y, z)
