# del on names, subscripts, slices, attributes and target lists.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(vars(c))
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
print("p" in globals(), "q" in globals())
r = [1, 2, 3]
s = {"k": "v"}
del (r[0], s["k"])
print(r, s)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
