# Instances with __call__ are callable; __call__ is looked up on the type.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
class NotCallable:
    pass
obj = NotCallable()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(obj), obj.__call__())
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
print(c(), c(), c(), list(map(Adder(1), [1, 2])))
try:
    one = 1
    one()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper()()
except TypeError as e:
    print(type(e).__name__, e)
