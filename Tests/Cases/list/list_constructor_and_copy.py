# list() from iterables, copying semantics, and list as a type.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(list(b"hi"), list(map(str, [1, 2])), list(zip("ab", "cd")), list(reversed([1, 2, 3])))
src = [1, [2]]
copy = list(src)
print(copy == src, copy is src, copy[1] is src[1])
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
x = [1, 2, 3]
x.__init__([9])
print(x)
