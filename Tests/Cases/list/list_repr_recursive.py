# repr of self-referencing lists uses [...] for the recursive part.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {"list": []}
e["list"].append(e)
print(e)
f = [1]
g = (f, f)
f.append(g)
print(f, g)
print([[], [[]], [[], [[]]]], [(), ((),)])
