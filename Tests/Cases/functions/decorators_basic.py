# Decorators apply bottom-up at definition time; decorator factories take arguments.
def trace(label):
    print("factory", label)
    def decorator(func):
        print("decorating", func.__name__, "with", label)
        def wrapper(*args, **kwargs):
            print("enter", label)
            result = func(*args, **kwargs)
            print("exit", label)
            return result
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator
@trace("outer")
@trace("inner")
def work(x):
    print("working", x)
    return x * 2
print(work(21), work.__name__)
def register(func):
    registry.append(func.__name__)
    return func
registry = []
@register
def a():
    pass
@register
def b():
    pass
print(registry)
def replace_with_value(func):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
@(lambda f: lambda: f() + 1)
def one():
    return 1
print(one())
