# type is its own metaclass; builtin classes are instances of type.
print(type(type) is type, type(object) is type, isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), type.__base__ is object, object.__base__)
for cls in [int, str, list, dict, bool, type(None), type(len), type(lambda: 0), BaseException, type]:
    print(cls.__name__, type(cls).__name__, cls.__base__.__name__ if cls.__base__ else None, cls.__module__)
print(type.__name__, type.__qualname__, int.__qualname__, type(int.__dict__).__name__)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
