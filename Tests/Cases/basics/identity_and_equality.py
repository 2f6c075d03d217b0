# `is` compares identity, `==` compares values; containers use identity before ==.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print([float("nan")] == [float("nan")])
class AlwaysFalse:
    def __eq__(self, other):
        print("__eq__ called")
        return False
    __hash__ = object.__hash__
x = AlwaysFalse()
print(x == x, x in [x], [x] == [x], x in (1, x), [x].count(x), [x].index(x))
print(None is None, True is True, () == (), [] == [], [] is [])
one, one_f = 1, 1.0
print(one == one_f, one is not one_f, "ab" == "a" + "b")
d = {x: 1}
print(d[x])
