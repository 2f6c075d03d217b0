# Names bound in a class body are not visible inside methods or nested comprehensions.
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(1)]
    first_iterable = [c for c in x[:3]]
    lam = lambda self: x
print(C.y, C().method(), C.items, C.first_iterable, C().lam())
def f():
    z = "function z"
    class D:
        z = "class z"
        def method(self):
            return z
        seen = z
    return D().method(), D.seen
print(f())
class E:
    a = 1
    try:
        b = [a + i for i in range(2)]
    except NameError as e:
        b = type(e).__name__ + ": " + str(e)
print(E.b)
