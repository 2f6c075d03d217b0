# None, NotImplemented and Ellipsis: reprs, types and identity.
print(None, NotImplemented, Ellipsis, ...)
print(repr(None), repr(NotImplemented), repr(...))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(... is Ellipsis, type(None)() is None, type(...)() is Ellipsis)
print(type(NotImplemented)() is NotImplemented)
print(None == None, None is None, None != 0, None == 0, None == False)
print(bool(None), bool(...))
print(str(None), str(...), f"{None}", f"{...!r}")
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print([None, ..., NotImplemented])
