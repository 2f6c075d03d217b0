# reversed() uses __reversed__, else the sequence protocol (__len__ + __getitem__).
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"xy")), "".join(reversed("hello")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
for bad in [{1, 2}, 5, iter([1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "done"), r.__length_hint__())
