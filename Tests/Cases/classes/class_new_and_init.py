# __new__ creates, __init__ initialises; __init__ is skipped if __new__ returns another type.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, value, flag=False):
        print("__init__", value, flag)
        self.value = value
t = Tracked(1, flag=True)
print(t.value)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(Other(), type(Other()).__name__)
class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("__init__ of", type(self).__name__)
class Sub(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)
