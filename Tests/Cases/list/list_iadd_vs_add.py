# `+=` extends in place with any iterable; `+` requires another list.
a = [1]
alias = a
a += (2, 3)
a += "ab"
a += {"k": 0}
a += range(2)
print(a, alias is a)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
b = a + [9]
print(b is a, len(b), len(a))
c = [1, 2]
d = c
c = c + [3]
print(c, d)
class L(list):
    pass
x = L([1]) + [2]
print(type(x).__name__, x)
y = L([1])
y += [2]
print(type(y).__name__, y)
