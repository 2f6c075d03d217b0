# staticmethod and classmethod through the class, instances and subclasses.
class C:
    count = 0
    @staticmethod
    def helper(x, y=1):
        return x + y
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls.__name__, args
class D(C):
    pass
print(C.helper(1), C().helper(1, 2), D.helper(5), C.make(1), D.make(), D().make(2), C.count, D.count)
sm = C.__dict__["helper"]
cm = C.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is C.helper, cm.__func__.__name__)
print(sm(10), callable(sm), type(C.make).__name__, C.make.__self__ is C, D().make.__self__ is D)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(len)([1, 2]), classmethod(lambda cls: cls.__name__).__get__(None, int)())
class Wrapper:
    @staticmethod
    def s():
        "static doc"
print(Wrapper.s.__doc__, Wrapper.__dict__["s"].__wrapped__ is Wrapper.s)
