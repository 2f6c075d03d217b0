# Overriding the metaclass __call__ controls instance creation (e.g. singletons).
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Counting(type):
    def __call__(cls, *args):
        instance = super().__call__(*args)
        instance.created_by = "Counting.__call__"
        return instance
class Thing(metaclass=Counting):
    def __init__(self, n):
        self.n = n
t = Thing(5)
print(t.n, t.created_by)
class Never(type):
    def __call__(cls):
        return "not an instance at all"
class X(metaclass=Never):
    pass
print(X(), type(X()).__name__)
