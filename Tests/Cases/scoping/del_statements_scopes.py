# del removes bindings in the current scope: module globals, function locals, class attributes, cells.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)

def local_del():
    b = 2
    del b
    b = 3
    return b
print(local_del())

class K:
    c = 1
    del c
print(hasattr(K, "c"))

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

items = [1, 2, 3]
x, items[0] = "x", "first"
del items[1], x
print(items, "x" in globals())
