# Data descriptors beat instance __dict__, which beats non-data descriptors.
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
print(c.d, c.n)
c.d = "assigned"
c.n = "assigned n"
print(c.d, c.n, vars(c))
del c.n
print(c.n)
class OnlyDelete:
    def __get__(self, obj, owner):
        return "getter"
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")
class D:
    x = OnlyDelete()
dd = D()
dd.__dict__["x"] = "instance"
print(dd.x)
del dd.x
try:
    dd.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
