# Generator functions defined as lambdas, nested functions and methods built at runtime.
gen_lambda = lambda n: (yield from range(n))
print(list(gen_lambda(3)))
def make_generator_function(step):
    def g(n):
        i = 0
        while i < n:
            yield i
            i += step
    return g
by2 = make_generator_function(2)
by3 = make_generator_function(3)
print(list(by2(7)), list(by3(7)))
class Meta(type):
    def __iter__(cls):
        yield from cls.members
class Color(metaclass=Meta):
    members = ["red", "green"]
print(list(Color))
def decorator(f):
    def wrapper(*args):
        print("calling", f.__name__)
        yield from f(*args)
    return wrapper
@decorator
def decorated(n):
    yield from range(n)
print(list(decorated(2)))
