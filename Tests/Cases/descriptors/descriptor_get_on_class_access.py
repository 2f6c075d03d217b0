# __get__ receives (None, owner) for class access and (obj, type) for instance access.
class Show:
    def __get__(self, obj, owner=None):
        return f"obj={type(obj).__name__}, owner={owner.__name__ if owner else None}"
class A:
    s = Show()
class B(A):
    pass
print(A.s)
print(A().s)
print(B.s)
print(B().s)
print(Show().__get__(5, int), Show().__get__(None, str))
class Meta(type):
    m = Show()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.m)
try:
    WithMeta().m
except AttributeError as e:
    print(type(e).__name__, e)
