# Class decorators receive the class and may return it modified or replaced.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
names = []
@register(names)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), names)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = True
print(type(Config).__name__, Config.debug)
def trace_order(label):
    def deco(cls):
        print("decorating", cls.__name__, label)
        return cls
    return deco
@trace_order("outer")
@trace_order("inner")
class Ordered:
    print("class body runs first")
