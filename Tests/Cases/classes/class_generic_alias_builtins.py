# list[int] and friends are types.GenericAlias objects that forward to their origin.
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[str], type[int]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), list[int].__name__, list[int].append is list.append)
class Mine:
    pass
print(repr(list[Mine]), repr(dict[int, "text"]))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
