# int | str makes a types.UnionType; list[int] a types.GenericAlias.
u = int | str
print(u, type(u).__name__, int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(u == (str | int), u == (int | float), hash(int | str) == hash(str | int), isinstance(1.5, u))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, type[int])
print(isinstance(None, int | None), issubclass(bool, str | int), isinstance(3, (str, int | float)))
for bad in [lambda: int | 1, lambda: 1 | int, lambda: isinstance(1, list[int]), lambda: issubclass(int, int | list[int])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
