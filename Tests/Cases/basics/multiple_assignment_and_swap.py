# Chained assignment assigns left to right; swaps evaluate the right side first.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
lst = [1, 2, 3]
i = 0
lst[i], i = 42, 2
print(i, lst)
p = q = 5
p += 1
print(p, q)
class Trace(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
t = Trace()
t["a"] = t["b"] = 0
m, n = n2, m2 = 3, 4
print(m, n, n2, m2)
