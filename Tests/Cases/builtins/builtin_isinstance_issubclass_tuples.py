# isinstance/issubclass accept classes, nested tuples and unions.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, (int,)))), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, ((float,), int)), issubclass(int, int))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), isinstance("s", (int | float, str)))
print(isinstance([], object), isinstance(object, type), isinstance(type, type), isinstance(int, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
errors = [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: isinstance(1, [int]), lambda: issubclass(int, list[int])]
for call in errors:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
