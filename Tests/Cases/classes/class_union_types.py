# X | Y between classes builds a types.UnionType (PEP 604) usable with isinstance/issubclass.
u = int | str
print(repr(u), type(u).__name__, u.__args__, repr(int | None), repr(None | int), repr(int | int))
print(repr(int | str | float), repr((int | str) | (str | bytes)), repr(list[int] | None))
print(int | str == str | int, (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(1, u), isinstance(None, int | None), isinstance(1.5, u), issubclass(bool, u), issubclass(float, u))
class Mine:
    pass
print(repr(Mine | int), isinstance(Mine(), Mine | None))
for bad in [lambda: int | 5, lambda: "s" | int, lambda: isinstance(1, list[int]), lambda: issubclass(int, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
