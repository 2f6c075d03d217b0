# __new__ of builtin types checks its class argument; property methods check their receiver.
tests = [lambda: list.__new__(5), lambda: tuple.__new__(5), lambda: str.__new__(5), lambda: list.__new__(int),
         lambda: property.__new__(5), lambda: property().setter(), lambda: property.setter(5, 1),
         lambda: list.__new__(), lambda: [1, 2, 3][slice(None, None, True)]]
for i, t in enumerate(tests):
    try:
        print(i, repr(t())[:60])
    except TypeError as e:
        print(i, type(e).__name__, e)
