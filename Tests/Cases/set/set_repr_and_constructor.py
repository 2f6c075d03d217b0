# set() / frozenset() construction and repr forms.
print(set(), frozenset(), {1}, set([1, 1, 1]), set("aaa"), set((2,)), set(range(3)), set({"k": 1}))
print(repr(set()), repr(frozenset()), repr({()}), repr(frozenset([()])), str({None}))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
r = set()
r.add(r.__class__.__name__)
print(r)
