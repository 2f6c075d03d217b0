# Types of builtin callables and descriptors.
print(type(len).__name__, type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__)
print(type((1).__add__).__name__, type(str.join).__name__, type(dict.fromkeys).__name__, type(int.real).__name__)
print(type(type.__dict__["__name__"]).__name__, type(object.__init__).__name__, type(object().__init__).__name__)
print(list.append([1], 2), list.append.__name__, list.append.__qualname__, [].append.__self__, len.__self__.__name__)
print(int.__add__(1, 2), int.__dict__["__add__"].__objclass__.__name__, str.upper.__objclass__.__name__)
try:
    list.append("not a list", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys.__self__ is dict, type(classmethod).__name__, len.__name__, len.__qualname__)
