# id() is stable for a live object and distinct between live objects (values are not printed).
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), id(a) == id(a[:]) , (a is b) == (id(a) == id(b)))
c = a
print(id(c) == id(a), type(id(a)).__name__, id(None) == id(None), id(a) > 0 or id(a) <= 0)
x = object()
ids = {id(x)}
ids.add(id(x))
print(len(ids))
