# property attributes: __doc__ from the getter, and getter/setter/deleter returning copies.
class C:
    @property
    def x(self):
        "The x property."
        return 1
    y = property(lambda self: 2, doc="explicit doc")
print(C.x.__doc__, C.y.__doc__, property().__doc__ is None)
p1 = C.x
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p2 is p3, p1.fset, p2.fset is not None, p3.fdel is not None, p3.fget is p1.fget)
print(p3.__doc__, p1.__isabstractmethod__)
try:
    C.x.fget = None
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(C.x, property), issubclass(property, object), property.__name__)
