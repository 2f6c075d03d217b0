# PEP 560: non-class bases resolve through __mro_entries__; __orig_bases__ keeps the originals.
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A([1, 2]), A.__mro__)
class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
class B(Fake()):
    pass
print(B.__bases__, type(B.__orig_bases__[0]).__name__, B(a=1))
print(list[int].__mro_entries__((list[int],)))
try:
    class C(5): pass
except TypeError as e: print(e)
class NoOrig(object): pass
print(hasattr(NoOrig, "__orig_bases__"))
