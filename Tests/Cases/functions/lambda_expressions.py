# Lambdas: defaults, closures, immediate calls and their names.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), (lambda: "called")(), (lambda *a, **k: (a, k))(1, x=2))
print(square.__name__, square.__qualname__, add.__defaults__)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3), (lambda: (yield_ := 1))())
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
